using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Json;

/// <summary>
/// Builds the JSON Schema of <see cref="ImrJson"/>'s output from the source-generated type
/// metadata (<see cref="JsonSchemaExporter"/>), so that it follows the model without reflection.
/// </summary>
/// <remarks>
/// The exporter cannot see inside custom converters, so the shapes of <see cref="TextSpan"/> and
/// <see cref="TextValue"/> are written here once, under <c>$defs</c>. The serializer writes every
/// property, null or not, so every object's properties are all required and no others allowed.
/// </remarks>
internal static class ImrJsonSchema
{
    private const string SpanRef = "#/$defs/span";
    private const string TextValueRef = "#/$defs/textValue";
    private const string ExtensionRef = "#/$defs/extension";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    public static string Create()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var body = ImrJsonContext.Default.ImrDocument.GetJsonSchemaAsNode(exporterOptions).AsObject();

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "IMR Final Determination letter",
            ["description"] = "An IMR Final Determination letter as ImrParsing reads it (ImrJson.Serialize, imr parse). Spans are offsets in UTF-16 code units into the parsed text, with 1-based line and column.",
        };
        foreach (var (name, value) in body.ToArray())
        {
            body.Remove(name);
            schema[name] = value;
        }

        schema["$defs"] = new JsonObject
        {
            ["span"] = SpanSchema(),
            ["textValue"] = TextValueSchema(),
            ["extension"] = ExtensionSchema(),
        };
        return schema.ToJsonString(Indented) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        if (type == typeof(TextSpan))
        {
            return new JsonObject { ["$ref"] = SpanRef };
        }

        if (type == typeof(ExtensionValue))
        {
            return new JsonObject { ["$ref"] = ExtensionRef };
        }

        if (type == typeof(TextValue))
        {
            var reference = new JsonObject { ["$ref"] = TextValueRef };
            return context.PropertyInfo is { IsGetNullable: true }
                ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
                : reference;
        }

        // The exporter leaves out "items" when the elements' schema is opaque (a custom converter).
        // (A list the exporter wrote as a "$ref" to an earlier one of the same type has no "items" either: leave it.)
        if (context.TypeInfo is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element } && schema is JsonObject list && !list.ContainsKey("items"))
        {
            if (element == typeof(TextValue))
            {
                list["items"] = new JsonObject { ["$ref"] = TextValueRef };
            }
            else if (element == typeof(TextSpan))
            {
                list["items"] = new JsonObject { ["$ref"] = SpanRef };
            }
            else if (element == typeof(ExtensionValue))
            {
                list["items"] = new JsonObject { ["$ref"] = ExtensionRef };
            }
        }

        if (schema is JsonObject { } node && node["properties"] is JsonObject properties)
        {
            node["required"] = new JsonArray([.. properties.Select(property => (JsonNode)property.Key)]);
            node["additionalProperties"] = false;
        }

        return schema;
    }

    private static JsonObject SpanSchema() => new()
    {
        ["description"] = "Where a value is in the parsed text: offset and length in UTF-16 code units, 1-based line and column of its start.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["start"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            ["length"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            ["line"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            ["column"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
        },
        ["required"] = new JsonArray("start", "length", "line", "column"),
        ["additionalProperties"] = false,
    };

    // An extension's value is its own record, as the JSON type information it supplies writes it:
    // the schema of the document cannot know its shape.
    private static JsonObject ExtensionSchema() => new()
    {
        ["description"] = "What an extension of the parser read (a section or header field added with ImrParserBuilder): its name, its value as the extension writes it, and its span.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["name"] = new JsonObject { ["type"] = "string" },
            ["value"] = new JsonObject { ["description"] = "The record of the extension, in the shape the extension gives it." },
            ["span"] = new JsonObject { ["$ref"] = SpanRef },
        },
        ["required"] = new JsonArray("name", "value", "span"),
        ["additionalProperties"] = false,
    };

    private static JsonObject TextValueSchema() => new()
    {
        ["description"] = "A piece of the letter's text: its canonical value (white space folded, line-end hyphenation joined) and its span.",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["value"] = new JsonObject { ["type"] = "string" },
            ["span"] = new JsonObject { ["$ref"] = SpanRef },
        },
        ["required"] = new JsonArray("value", "span"),
        ["additionalProperties"] = false,
    };
}
