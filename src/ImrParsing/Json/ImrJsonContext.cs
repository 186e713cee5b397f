using System.Text.Json.Serialization;

using ImrParsing.Text;

namespace ImrParsing.Json;

/// <summary>The source-generated serialization metadata for the document model: no reflection, safe for trimming and AOT.</summary>
/// <remarks>
/// The converter in the options keeps the serializer on this metadata rather than the generated
/// serialization code, which writes the same bytes but allocates twice as much for this model
/// (benchmarks/README.md, "Two processes on two cores").
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(TextSpanJsonConverter)])]
[JsonSerializable(typeof(ImrDocument))]
internal sealed partial class ImrJsonContext : JsonSerializerContext;
