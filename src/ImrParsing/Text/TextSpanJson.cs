using System.Text.Json;
using ImrParsing.Text;

namespace ImrParsing.Text;

/// <summary>Reads and writes a <see cref="TextSpan"/> as <c>{"start", "length", "line", "column"}</c>.</summary>
internal static class TextSpanJson
{
    public static void Write(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start"u8, span.Start);
        writer.WriteNumber("length"u8, span.Length);
        writer.WriteNumber("line"u8, span.Line);
        writer.WriteNumber("column"u8, span.Column);
        writer.WriteEndObject();
    }

    public static TextSpan Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a span object {\"start\", \"length\", \"line\", \"column\"}.");
        }

        int start = 0, length = 0, line = 0, column = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string? name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "start": start = reader.GetInt32(); break;
                case "length": length = reader.GetInt32(); break;
                case "line": line = reader.GetInt32(); break;
                case "column": column = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }
        }

        return new TextSpan(start, length, line, column);
    }
}
