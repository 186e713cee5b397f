using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>
/// Parts that a section states once for the disputed items of the whole letter, which the document
/// gives to each item that lacks them: the reviewer's report of the "MEDICAL PROFESSIONAL REVIEW"
/// layout has one guidelines section and one rationale section, whose heading carries the decision.
/// </summary>
public sealed record SharedItemParts
{
    /// <summary>The evidence the reviewer relied on.</summary>
    public Guideline? MaximusGuideline { get; init; }

    /// <summary>The reviewer's reasons.</summary>
    public Rationale? Rationale { get; init; }

    /// <summary>The decision the section states.</summary>
    public Spanned<Decision>? Decision { get; init; }
}
