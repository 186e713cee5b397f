using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// A top-level part of the letter. The sections' <see cref="FullSpan"/>s tile the input: every
/// character belongs to exactly one section, with the blank lines and page breaks around it.
/// </summary>
public sealed record LetterSection
{
    /// <summary>
    /// The section's name: "header", "determination", "caseSummary", "decisions", or "preamble" for
    /// unrecognized text before the first heading; the older layouts add "documentsReviewed",
    /// "letterhead", "notice", "qualifications", "title", "issues", "guidelines" and "rationale"; a
    /// parser's extensions add the names of their own sections.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>The heading, when the section has one.</summary>
    public TextValue? Heading { get; init; }

    /// <summary>From the first to the last visible character of the section.</summary>
    public TextSpan Span { get; init; }

    /// <summary><see cref="Span"/> with the surrounding blank lines, page breaks and indentation.</summary>
    public TextSpan FullSpan { get; init; }
}
