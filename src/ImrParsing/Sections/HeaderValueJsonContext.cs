using System.Text.Json.Serialization;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Sections;

/// <summary>
/// The JSON metadata of the header values kept as extensions (a label an extension added), with the
/// document's own options, so that the sections need not reach up to the document's JSON context.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(TextSpanJsonConverter)])]
[JsonSerializable(typeof(Spanned<DateOnly>), TypeInfoPropertyName = "SpannedDateOnly")]
[JsonSerializable(typeof(TextValue))]
internal sealed partial class HeaderValueJsonContext : JsonSerializerContext;
