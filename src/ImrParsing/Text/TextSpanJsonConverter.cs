using System.Text.Json;
using System.Text.Json.Serialization;
using ImrParsing.Text;

namespace ImrParsing.Text;

/// <summary>Writes a <see cref="TextSpan"/> as <c>{"start", "length", "line", "column"}</c>.</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    /// <inheritdoc />
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TextSpanJson.Read(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        TextSpanJson.Write(writer, value);
    }
}
