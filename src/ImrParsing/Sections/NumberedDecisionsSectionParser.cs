using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// "IMR DECISION(S) AND RATIONALE(S)" of the Final Determination with documents: a sentence of the
/// form, then the disputed items, each a numbered decision ("1. Physical therapy 2 times a week for
/// 4 weeks for the lumbar spine is not medically necessary and appropriate.") followed by the parts
/// of the later form ("Claims Administrator guideline:", "MAXIMUS guideline:", "Decision rationale:").
/// The numbered decisions take the place of the request and decision lines in <see cref="ItemGrammar"/>.
/// </summary>
internal sealed class NumberedDecisionsSectionParser : SectionParser
{
    /// <summary>Makes the parser.</summary>
    public NumberedDecisionsSectionParser()
        : base("decisions", LetterLayout.FinalDeterminationWithDocuments, "IMR DECISION(S) AND RATIONALE(S)")
    {
    }

    /// <inheritdoc />
    public override bool Repeats => true;

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        MarkHeads(context.Parser.Verdicts, context.Text, context.MutableLines);
        if (ItemGrammar.Read(context.Lines) is not { } syntax)
        {
            context.Unrecognized(new LineRange(0, context.Lines.Length));
            return ImmutableArray<DisputedItem>.Empty;
        }

        foreach (var range in syntax.Unrecognized)
        {
            context.Unrecognized(range);
        }

        return ItemBuilder.BuildAll(context, syntax.Items, ReadHead);
    }

    // A numbered decision's lines are the item's head, its last line the decision line.
    private static void MarkHeads(VerdictGrammar verdicts, string text, Span<Line> lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!NumberedDecisions.StartsItem(text, lines[i]))
            {
                continue;
            }

            // A numbered line that states no verdict is not a decision but, say, a list in a rationale.
            int end = NumberedDecisions.End(verdicts, text, lines, i);
            if (!NumberedDecisions.Stated(verdicts, text, lines, i, end))
            {
                continue;
            }

            for (int k = i; k < end - 1; k++)
            {
                lines[k] = lines[k].With(LineKind.Request);
            }

            lines[end - 1] = lines[end - 1].With(LineKind.Decision);
            i = end - 1;
        }
    }

    private static DisputedItem ReadHead(SectionContext context, ItemSyntax syntax, DisputedItem item)
    {
        var lines = context.Lines;
        return NumberedDecisions.Read(context, lines[syntax.Head.Start].ContentStart, lines[syntax.Head.End - 1].ContentEnd, item);
    }
}
