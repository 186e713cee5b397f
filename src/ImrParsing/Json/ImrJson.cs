using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ImrParsing.Json;

/// <summary>
/// JSON for parsed documents: camelCase names, ISO dates (<c>yyyy-MM-dd</c>), each value an object
/// with its <c>value</c> and <c>span</c>.
/// </summary>
public static class ImrJson
{
    private static readonly ImrJsonContext Indented = new(new JsonSerializerOptions(ImrJsonContext.Default.Options) { WriteIndented = true });

    private static readonly Lazy<string> Schema = new(ImrJsonSchema.Create);

    private static JsonTypeInfo<ImrDocument> TypeInfo(bool indented) => indented ? Indented.ImrDocument : ImrJsonContext.Default.ImrDocument;

    /// <summary>The document as compact JSON.</summary>
    public static string Serialize(ImrDocument document) => Serialize(document, indented: false);

    /// <summary>The document as JSON, indented when <paramref name="indented"/> is true.</summary>
    public static string Serialize(ImrDocument document, bool indented)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, TypeInfo(indented));
    }

    /// <summary>Writes the document as JSON to <paramref name="writer"/>.</summary>
    public static void Serialize(Utf8JsonWriter writer, ImrDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(writer, document, ImrJsonContext.Default.ImrDocument);
    }

    /// <summary>Writes the document as compact UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Serialize(Stream stream, ImrDocument document) => Serialize(stream, document, indented: false);

    /// <summary>Writes the document as UTF-8 JSON to <paramref name="stream"/>, indented when <paramref name="indented"/> is true.</summary>
    public static void Serialize(Stream stream, ImrDocument document, bool indented)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(stream, document, TypeInfo(indented));
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the JSON <see cref="Serialize(ImrDocument, bool)"/>
    /// writes, generated from the model's types; the repository keeps a copy in
    /// <c>schema/imr-document.schema.json</c>.
    /// </summary>
    public static string GetSchema() => Schema.Value;

    /// <summary>Reads a document back from the JSON <see cref="Serialize(ImrDocument, bool)"/> wrote.</summary>
    /// <exception cref="JsonException">The JSON is not a serialized document.</exception>
    public static ImrDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ImrJsonContext.Default.ImrDocument)
            ?? throw new JsonException("Expected a document object, found null.");
    }
}
