using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>
/// "ISSUE AT DISPUTE:" of the reviewer's report: the treatment(s) in dispute, one, or several
/// numbered ("1. Whether the request for ... is medically necessary."). Each is a disputed item;
/// its decision comes from the rationale's heading ("... IS/WAS NOT MEDICALLY NECESSARY").
/// </summary>
internal sealed class IssueAtDisputeSectionParser : SectionParser
{
    /// <summary>Makes the parser.</summary>
    public IssueAtDisputeSectionParser()
        : base("issues", LetterLayout.MedicalProfessionalReview, "ISSUE AT DISPUTE", "ISSUES AT DISPUTE")
    {
    }

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        string text = context.Text;
        var items = ImmutableArray.CreateBuilder<DisputedItem>();
        int start = 0;
        while (start < lines.Length)
        {
            // Numbered issues end where the next number starts; an unnumbered one takes the whole section.
            int end = start + 1;
            while (end < lines.Length && !NumberedDecisions.StartsItem(text, lines[end]))
            {
                end++;
            }

            var range = new LineRange(start, end);
            var item = new DisputedItem
            {
                Number = items.Count + 1,
                Request = NumberedDecisions.Issue(context, lines[start].ContentStart, lines[end - 1].ContentEnd),
                Span = context.Span(range),
            };
            items.Add(item);
            start = end;
        }

        return items.ToImmutable();
    }
}
