using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// Writes a <see cref="TextValue"/> as <c>{"value": canonical text, "span": {...}}</c>, normalizing
/// straight from the source into a pooled buffer so that writing allocates no strings.
/// </summary>
public sealed class TextValueJsonConverter : JsonConverter<TextValue>
{
    /// <inheritdoc />
    public override TextValue? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a text value object {\"value\": ..., \"span\": ...}.");
        }

        string? value = null;
        TextSpan span = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string? name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "value":
                    value = reader.GetString();
                    break;
                case "span":
                    span = TextSpanJson.Read(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return TextValue.FromValue(value ?? throw new JsonException("A text value needs its \"value\"."), span);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TextValue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.KnownValue is { } known)
        {
            writer.WriteString("value"u8, known);
        }
        else
        {
            WriteCanonical(writer, value.CanonicalSource);
        }

        writer.WritePropertyName("span"u8);
        TextSpanJson.Write(writer, value.Span);
        writer.WriteEndObject();
    }

    // The canonical form of `raw` as "value", normalized into a rented buffer: no string is made.
    private static void WriteCanonical(Utf8JsonWriter writer, ReadOnlySpan<char> raw)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, raw.Length));
        try
        {
            var canonical = buffer.AsSpan(0, TextNormalizer.Normalize(raw, buffer));
            if (Ligatures.In(canonical))
            {
                writer.WriteString("value"u8, Ligatures.WrittenOut(canonical));
            }
            else
            {
                writer.WriteString("value"u8, canonical);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
