using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Sections;

/// <summary>
/// "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:" of the
/// reviewer's report: the reviewer's reasons, for the letter's disputed items. The heading states
/// the decision: "NOT MEDICALLY NECESSARY" upholds the denial; the form's other heading, "... IS/WAS
/// MEDICALLY NECESSARY", overturns it (the parser's <see cref="ImrParser.Verdicts"/> read it).
/// </summary>
internal sealed class ReviewerRationaleSectionParser : SectionParser
{
    /// <summary>Makes the parser.</summary>
    public ReviewerRationaleSectionParser()
        : base(
            "rationale",
            LetterLayout.MedicalProfessionalReview,
            "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY",
            "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS MEDICALLY NECESSARY")
    {
    }

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        Rationale? rationale = null;
        if (!lines.IsEmpty)
        {
            var span = context.Span(new LineRange(0, lines.Length));
            rationale = new Rationale { Text = context.Value(span.Start, span.End), Span = span };
        }

        return new SharedItemParts { Rationale = rationale, Decision = DecisionOf(context) };
    }

    // The verdict is the end of the heading, where "NOT MEDICALLY NECESSARY" or "MEDICALLY NECESSARY"
    // stands: the first of the parser's verdict phrases found there.
    private static Spanned<Decision>? DecisionOf(SectionContext context)
    {
        if (context.Heading is not { } heading)
        {
            return null;
        }

        return context.Parser.Verdicts.Find(context.Text, heading.Span.Start, heading.Span.End) is { } verdict
            ? context.Spanned(verdict.Decision, verdict.Start, verdict.End)
            : null;
    }
}
