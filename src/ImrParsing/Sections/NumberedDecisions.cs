using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// The numbered decisions of the older layouts (<see cref="NumberedDecisionGrammar"/>): where one
/// starts and ends among a section's lines, and the request and decision it states, with the
/// parser's own verdicts (<see cref="ImrParser.Verdicts"/>).
/// </summary>
internal static class NumberedDecisions
{
    /// <summary>The most lines a numbered decision spans.</summary>
    public const int MaxLines = 8;

    /// <summary>True when <paramref name="line"/> is text that starts with an item number ("1)", "2.", "(3)").</summary>
    public static bool StartsItem(string text, Line line) =>
        line.Kind == LineKind.Text && NumberedDecisionGrammar.NumberLength(text.AsSpan(line.ContentStart)) > 0;

    /// <summary>
    /// The index just past the last line of the decision that starts at <paramref name="first"/>: it
    /// runs on over lines of text until a line ends its sentence after the verdict, up to the next
    /// number or a line of another kind.
    /// </summary>
    public static int End(VerdictGrammar verdicts, string text, ReadOnlySpan<Line> lines, int first)
    {
        int end = first + 1;
        while (!Stated(verdicts, text, lines, first, end)
               && end < lines.Length
               && end - first < MaxLines
               && lines[end].Kind == LineKind.Text
               && !StartsItem(text, lines[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Reads the request and decision of the numbered decision from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static DisputedItem Read(SectionContext context, int start, int end, DisputedItem item)
    {
        int body = Body(context.Text, start, end);
        if (context.Parser.Verdicts.Sentence(context.Text, body, end) is not { } verdict)
        {
            context.Report(ImrDiagnostics.MissingVerdict, context.Span(start, end), item.Number);
            return item with { Request = Request(context, body, TrimEnd(context.Text, body, end, ".?:")) };
        }

        return item with
        {
            Request = Request(context, body, verdict.RequestEnd),
            Decision = context.Spanned(verdict.Decision, verdict.VerdictStart, verdict.VerdictEnd),
        };
    }

    /// <summary>
    /// The request an issue states without deciding it ("Whether the request for X is medically
    /// necessary."): the text up to "medically necessary" or the end, after "the request for".
    /// </summary>
    public static TextValue? Issue(SectionContext context, int start, int end)
    {
        int body = Body(context.Text, start, end);
        int headEnd = context.Parser.Verdicts.IssueHeadEnd(context.Text, body, end);
        return Request(context, body, headEnd >= 0 ? headEnd : TrimEnd(context.Text, body, end, ".?:"));
    }

    // Where the text after the item number and its white space starts; the start when there is no number.
    private static int Body(string text, int start, int end)
    {
        int number = NumberedDecisionGrammar.NumberLength(text.AsSpan(start, end - start));
        return number < 0 ? start : start + number + TextParsers.SpaceLength(text.AsSpan(start + number, end - start - number));
    }

    // The request within the text before the verdict: after "the request for" or "has determined".
    private static TextValue? Request(SectionContext context, int start, int end)
    {
        int from = NumberedDecisionGrammar.RequestStart(context.Text, start, end);
        return context.Value(from, TrimEnd(context.Text, from, end, ",:"));
    }

    /// <summary>True when the lines from <paramref name="first"/> up to <paramref name="end"/> end a sentence that states the verdict.</summary>
    public static bool Stated(VerdictGrammar verdicts, string text, ReadOnlySpan<Line> lines, int first, int end)
    {
        if (!ItemHeads.EndsSentence(lines[end - 1].GetContent(text)))
        {
            return false;
        }

        var joined = text.AsSpan(lines[first].ContentStart, lines[end - 1].ContentEnd - lines[first].ContentStart);
        return verdicts.Mentions(joined);
    }

    // The end of the text from start to end without trailing space and the given punctuation.
    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end, string punctuation)
    {
        while (end > start && (CharSets.IsSpace(text[end - 1]) || punctuation.Contains(text[end - 1], StringComparison.Ordinal)))
        {
            end--;
        }

        return end;
    }
}
