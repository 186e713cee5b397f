using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE" of the 2013 notice: a paragraph of the form
/// ("An application for Independent Medical Review was filed on ... A decision has been made for
/// each of the treatment and/or services that were in dispute:"), then the numbered decisions,
/// "1) MAXIMUS Federal Services, Inc. has determined the request for ... is not medically
/// necessary and appropriate." Each becomes a disputed item with its request and decision.
/// </summary>
internal sealed class NoticeDecisionsSectionParser : SectionParser
{
    /// <summary>"An application for Independent Medical Review was filed on ...".</summary>
    public static LineRule Introduction { get; } =
        LineRule.Boilerplate("boilerplate.noticeDecisions", "An application for Independent Medical Review was filed on");

    /// <summary>The most lines the introduction spans, up to the colon that ends it (an extractor with narrow lines makes many).</summary>
    public const int MaxIntroductionLines = 12;

    /// <summary>Makes the parser.</summary>
    public NoticeDecisionsSectionParser()
        : base("decisions", LetterLayout.DeterminationNotice, "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE")
    {
    }

    /// <inheritdoc />
    public override IEnumerable<LineRule> BodyRules => [Introduction];

    /// <inheritdoc />
    public override bool Repeats => true;

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        string text = context.Text;
        int i = IntroductionEnd(text, lines);
        int unrecognized = -1;
        var items = ImmutableArray.CreateBuilder<DisputedItem>();
        for (; i < lines.Length; i++)
        {
            if (!NumberedDecisions.StartsItem(text, lines[i]))
            {
                unrecognized = unrecognized < 0 ? i : unrecognized;
                continue;
            }

            Keep(context, ref unrecognized, i);
            int end = NumberedDecisions.End(context.Parser.Verdicts, text, lines, i);
            var item = new DisputedItem { Number = items.Count + 1, Span = context.Span(new LineRange(i, end)) };
            items.Add(NumberedDecisions.Read(context, lines[i].ContentStart, lines[end - 1].ContentEnd, item));
            i = end - 1;
        }

        Keep(context, ref unrecognized, lines.Length);
        return items.ToImmutable();
    }

    // The form's paragraph runs from its first sentence to the colon that introduces the decisions.
    private static int IntroductionEnd(string text, ReadOnlySpan<Line> lines)
    {
        if (lines.IsEmpty || lines[0].Kind != LineKind.Boilerplate)
        {
            return 0;
        }

        for (int i = 0; i < lines.Length && i < MaxIntroductionLines && !NumberedDecisions.StartsItem(text, lines[i]); i++)
        {
            if (lines[i].GetContent(text)[^1] == ':')
            {
                return i + 1;
            }
        }

        int end = 1;
        while (end < lines.Length && lines[end].Kind == LineKind.Boilerplate)
        {
            end++;
        }

        return end;
    }

    private static void Keep(SectionContext context, ref int start, int end)
    {
        if (start >= 0)
        {
            context.Unrecognized(new LineRange(start, end));
            start = -1;
        }
    }
}
