using System.Collections.Immutable;
using System.Globalization;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Sections;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Samples.ReviewedDocuments;

// <docs:section>
/// <summary>
/// Reads the "DOCUMENTS REVIEWED" section of the Final Determination with documents, a numbered
/// list, into a <see cref="DocumentsReviewed"/>:
/// <code>
/// DOCUMENTS REVIEWED
/// 1. Application for Independent Medical Review dated 4/2/2014
/// 4. Progress reports of the primary treating physician, 1/6/2014 to 3/10/2014
/// </code>
/// The built-in section of that name keeps the list as the section's text; this one takes its place.
/// </summary>
public sealed class DocumentsReviewedSection()
    : SectionParser<DocumentsReviewed>(
        "documentsReviewed",
        [LetterLayout.FinalDeterminationWithDocuments],
        SamplesJsonContext.Default.DocumentsReviewed,
        "DOCUMENTS REVIEWED")
{
    /// <inheritdoc />
    /// <remarks>Required, as the built-in section it replaces: a letter of the layout without it draws a warning.</remarks>
    public override bool IsRequired => true;

    /// <inheritdoc />
    protected override DocumentsReviewed? Read(SectionContext context)
    {
        var lines = context.Lines;
        var documents = ImmutableArray.CreateBuilder<ReviewedDocument>();
        int first = 0;
        while (first < lines.Length)
        {
            // An entry runs from its number to the next number: an extractor may have wrapped it.
            int end = first + 1;
            while (end < lines.Length && !StartsEntry(context, lines[end]))
            {
                end++;
            }

            if (StartsEntry(context, lines[first]))
            {
                documents.Add(ReadEntry(context, lines[first].ContentStart, lines[end - 1].ContentEnd));
            }
            else
            {
                // Text before the first number is no entry: keep it, with a warning, as the parser does.
                context.Unrecognized(new LineRange(first, end));
            }

            first = end;
        }

        return documents.Count == 0 ? null : new DocumentsReviewed { Documents = documents.ToImmutable() };
    }

    private static bool StartsEntry(SectionContext context, Line line) =>
        NumberedDecisionGrammar.Number.Parse(line.GetContent(context.Text)).Success;

    private static ReviewedDocument ReadEntry(SectionContext context, int start, int end)
    {
        // "1." or "(1)": the same numbers as the numbered decisions; the grammar gives the digits.
        string digits = NumberedDecisionGrammar.Number.Parse(context.Text.AsSpan(start, end - start)).Value;
        int digitsStart = start + (context.Text[start] == '(' ? 1 : 0);
        int digitsEnd = digitsStart + digits.Length;
        int value = int.Parse(digits, CultureInfo.InvariantCulture);

        // The library's date reader finds the dates in any form and maps them back to the letter.
        int textStart = digitsEnd + 1;
        var dates = context.Dates(textStart, end);
        int titleEnd = dates.IsEmpty ? end : TitleEnd(context.Text, textStart, dates[0].Span.Start);
        return new ReviewedDocument
        {
            Number = context.Spanned(value, digitsStart, digitsEnd),
            Title = context.Value(textStart, titleEnd),
            Dates = dates,
            Span = context.Span(start, end),
        };
    }

    // The title ends before its first date and the words that lead to it ("dated", ", from").
    private static int TitleEnd(string text, int start, int end)
    {
        string[] leads = ["dated", "from", "of", "on"];
        while (true)
        {
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ':' or '('))
            {
                end--;
            }

            string? lead = Array.Find(leads, word => end - word.Length > start
                && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
                && char.IsWhiteSpace(text[end - word.Length - 1]));
            if (lead is null)
            {
                return end;
            }

            end -= lead.Length;
        }
    }
}
// </docs:section>
