using System.Text.Json.Serialization;
using ImrParsing.Samples.ReviewedDocuments;

namespace ImrParsing.Samples;

// <docs:json-context>
/// <summary>
/// The samples' source-generated JSON metadata: an extension hands its records' type information
/// to the parser, so that ImrJson writes them without reflection (and under native AOT).
/// TextValue, TextSpan and Spanned values write themselves as in the rest of the document.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DocumentsReviewed))]
public sealed partial class SamplesJsonContext : JsonSerializerContext;
// </docs:json-context>
