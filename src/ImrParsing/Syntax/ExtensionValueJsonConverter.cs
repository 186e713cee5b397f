using System.Text.Json;
using System.Text.Json.Serialization;
using ImrParsing.Syntax;

using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// Writes an <see cref="ExtensionValue"/> as <c>{"name", "value", "span"}</c>, the value through the
/// extension's own <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo"/> (no
/// reflection); reads the value back as a <see cref="JsonElement"/>.
/// </summary>
public sealed class ExtensionValueJsonConverter : JsonConverter<ExtensionValue>
{
    /// <inheritdoc />
    public override ExtensionValue? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an extension object {\"name\": ..., \"value\": ..., \"span\": ...}.");
        }

        string? name = null;
        JsonElement? value = null;
        Text.TextSpan span = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string? property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "name":
                    name = reader.GetString();
                    break;
                case "value":
                    value = JsonElement.ParseValue(ref reader);
                    break;
                case "span":
                    span = TextSpanJson.Read(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (string.IsNullOrEmpty(name) || value is null)
        {
            throw new JsonException("An extension needs its \"name\" and \"value\".");
        }

        return ExtensionValue.FromJson(name, value.Value, span);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ExtensionValue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("name"u8, value.Name);
        writer.WritePropertyName("value"u8);
        if (value.JsonTypeInfo is { } typeInfo)
        {
            JsonSerializer.Serialize(writer, value.Value, typeInfo);
        }
        else if (value.Value is JsonElement json)
        {
            json.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WritePropertyName("span"u8);
        TextSpanJson.Write(writer, value.Span);
        writer.WriteEndObject();
    }
}
