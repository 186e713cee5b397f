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
        var lines = context.Lines;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (context.RuleOf(line) != Dated)
            {
                continue;
            }

            // The date stands right after the label, on its line or, where the line ends there, on the next.
            int at = context.AfterLabel(line, Dated, line.ContentEnd);
            int end = at == line.ContentEnd && i + 1 < lines.Length ? lines[i + 1].ContentEnd : line.ContentEnd;
            int dateStart = at + TextParsers.SpaceLength(context.Text.AsSpan(at, end - at));
            if (context.Dates(at, end) is [var date, ..] && date.Span.Start == context.Span(dateStart, dateStart).Start)
            {
                return new LetterHeader { DecisionDate = date, Span = context.Span(line.ContentStart, date.Span.End) };
            }
        }

        return null;
    }
}
