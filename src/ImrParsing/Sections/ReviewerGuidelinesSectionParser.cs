using ImrParsing.Parsers;
using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>
/// "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:" of the reviewer's
/// report: the evidence the reviewer relied on, for the letter's disputed items (their MAXIMUS guideline).
/// </summary>
internal sealed class ReviewerGuidelinesSectionParser : SectionParser
{
    /// <summary>Makes the parser.</summary>
    public ReviewerGuidelinesSectionParser()
        : base("guidelines", LetterLayout.MedicalProfessionalReview, "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY")
    {
    }

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        if (lines.IsEmpty)
        {
            return null;
        }

        var span = context.Span(new LineRange(0, lines.Length));
        return new SharedItemParts { MaximusGuideline = new Guideline { Text = context.Value(span.Start, span.End), Span = span } };
    }
}
