using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>
/// The letterhead of the 2013 notice: "MAXIMUS FEDERAL SERVICES, INC.", "Independent Medical Review"
/// and the return address. It carries no data; its text is the section's trivia.
/// </summary>
internal sealed class NoticeLetterheadSectionParser : SectionParser
{
    /// <summary>Makes the parser.</summary>
    public NoticeLetterheadSectionParser()
        : base("letterhead", LetterLayout.DeterminationNotice, "MAXIMUS FEDERAL SERVICES, INC.", "Independent Medical Review")
    {
    }

    /// <inheritdoc />
    /// <remarks>An extractor may lose a letterhead printed as an image; the letter reads the same without it.</remarks>
    public override bool IsRequired => false;

    /// <inheritdoc />
    /// <remarks>The letterhead's two lines are two headings of the same section.</remarks>
    public override bool Repeats => true;

    /// <inheritdoc />
    public override object? Parse(SectionContext context) => null;
}
