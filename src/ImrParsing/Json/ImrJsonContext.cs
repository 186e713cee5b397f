using System.Text.Json.Serialization;

using ImrParsing.Text;

namespace ImrParsing.Json;

/// <summary>The source-generated serialization metadata for the document model: no reflection, safe for trimming and AOT.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(TextSpanJsonConverter)])]
[JsonSerializable(typeof(ImrDocument))]
internal sealed partial class ImrJsonContext : JsonSerializerContext;
