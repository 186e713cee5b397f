using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// The medical evidence a decision was based on: the Claims Administrator's or MAXIMUS's
/// ("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids").
/// </summary>
public sealed record Guideline
{
    /// <summary>The text after the label.</summary>
    public TextValue? Text { get; init; }

    /// <summary>The label line and its continuation.</summary>
    public TextSpan Span { get; init; }
}
