using System.Collections.Immutable;
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

    /// <summary>True when the guideline states that no medical evidence was cited ("The Claims Administrator did not cite any medical evidence for its decision.").</summary>
    public bool NoEvidenceCited { get; init; }

    /// <summary>True when the guideline states that the decision rests on recommendations outside of the MTUS ("... based their decision on recommendation(s) outside of the MTUS Guidelines.").</summary>
    public bool OutsideMtus { get; init; }

    /// <summary>The guidelines cited, in the order of the text: MTUS ones and Non-MTUS citations.</summary>
    public ImmutableArray<GuidelineCitation> Citations { get; init; } = [];

    /// <summary>The label line and its continuation.</summary>
    public TextSpan Span { get; init; }
}
