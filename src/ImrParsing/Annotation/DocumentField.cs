using ImrParsing.Text;

namespace ImrParsing.Annotation;

/// <summary>One value of a document, where it is in the letter and what kind it is.</summary>
/// <param name="Path">Where it is in the model, as in the JSON ("items[0].request", "caseSummary.dates[2]").</param>
/// <param name="Kind">What kind of value it is.</param>
/// <param name="Span">Where it is in the letter.</param>
/// <param name="Value">The value as text: the canonical text, an ISO date, a number, a decision.</param>
public sealed record DocumentField(string Path, FieldKind Kind, TextSpan Span, string Value);
