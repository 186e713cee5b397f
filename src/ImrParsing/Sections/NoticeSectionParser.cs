using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// "Notice of Independent Medical Review Determination": the 2013 notice's first page, dated
/// ("Dated: 9/26/2013"), with the parties, a form paragraph and the decisions in brief (they are
/// stated again, and read, under "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE"). The date is
/// the letter's decision date; the rest is the form's text.
/// </summary>
internal sealed class NoticeSectionParser : SectionParser
{
    /// <summary>"Dated:", the date of the notice.</summary>
    public static LineRule Dated { get; } = LineRule.Label("label.dated", "Dated:");

    private static readonly Parser<char, (DateOnly Value, int Start, int End)> DatedValue =
        TextParsers.Phrase("Dated:").Then(TextParsers.Space).Then(TextParsers.WithBounds(DateGrammar.Date));

    /// <summary>Makes the parser.</summary>
    public NoticeSectionParser()
        : base("notice", LetterLayout.DeterminationNotice, "Notice of Independent Medical Review Determination")
    {
    }

    /// <inheritdoc />
    public override IEnumerable<LineRule> BodyRules => [Dated];

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var line in context.Lines)
        {
            if (context.RuleOf(line) != Dated)
            {
                continue;
            }

            if (DatedValue.TryMatchAt(context.Text, line.ContentStart, out var dated, out _))
            {
                var date = context.Spanned(dated.Value, dated.Start, dated.End);
                return new LetterHeader { DecisionDate = date, Span = context.Span(line.ContentStart, date.Span.End) };
            }
        }

        return null;
    }
}
