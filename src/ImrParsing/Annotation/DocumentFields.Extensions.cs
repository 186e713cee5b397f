using System.Globalization;
using System.Text.Json;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Annotation;

public static partial class DocumentFields
{
    private sealed partial class Collector
    {
        // An extension's record is the extension's own type: its values are found in its JSON, where
        // each TextValue or Spanned value is an object with a "value" and a "span".
        public void Extension(string path, ExtensionValue extension, int length)
        {
            if (extension.Value is Spanned<DateOnly> date)
            {
                Value(path, FieldKind.Date, date);
                return;
            }

            Add(path, FieldKind.Extension, extension.Span, extension.Name);
            var json = extension.Value is JsonElement element ? element
                : extension.JsonTypeInfo is { } typeInfo ? JsonSerializer.SerializeToElement(extension.Value, typeInfo)
                : default;
            if (json.ValueKind != JsonValueKind.Undefined)
            {
                Json($"{path}.value", json, length);
            }
        }

        private void Json(string path, JsonElement json, int length)
        {
            if (json.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (var element in json.EnumerateArray())
                {
                    Json($"{path}[{i++}]", element, length);
                }

                return;
            }

            if (json.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (json.TryGetProperty("value", out var value) && json.TryGetProperty("span", out var span) && SpanOf(span) is { } found)
            {
                if (found.End <= length)
                {
                    string text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                    bool date = value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
                    Add(path, date ? FieldKind.Date : FieldKind.Extension, found, text);
                }

                return;
            }

            foreach (var property in json.EnumerateObject())
            {
                Json($"{path}.{property.Name}", property.Value, length);
            }
        }

        private static TextSpan? SpanOf(JsonElement span) =>
            span.ValueKind == JsonValueKind.Object
            && span.TryGetProperty("start", out var start) && start.TryGetInt32(out int at) && at >= 0
            && span.TryGetProperty("length", out var length) && length.TryGetInt32(out int count) && count >= 0
                ? new TextSpan(at, count, Number(span, "line"), Number(span, "column"))
                : null;

        private static int Number(JsonElement span, string name) =>
            span.TryGetProperty(name, out var number) && number.TryGetInt32(out int value) ? value : 0;
    }
}
