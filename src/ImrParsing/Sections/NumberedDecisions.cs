using Pidgin;
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
        line.Kind == LineKind.Text && NumberedDecisionGrammar.Number.TryMatch(text.AsSpan(line.ContentStart), out _);

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
        var text = context.Text.AsSpan(start, end - start);
        bool numberMatched = NumberedDecisionGrammar.Number.TryMatch(text, out var number);
        int body = numberMatched ? SkipSpace(text, number.End) : 0;
        if (!context.Parser.Verdicts.Sentence.TryMatch(text[body..], out var verdict))
        {
            context.Report(ImrDiagnostics.MissingVerdict, context.Span(start, end), item.Number);
            return item with { Request = Request(context, start + body, TrimEnd(text, body, text.Length, ".?:") + start) };
        }

        return item with
        {
            Request = Request(context, start + body + verdict.Request.Start, start + body + verdict.Request.End),
            Decision = context.Spanned(verdict.Decision, start + body + verdict.Verdict.Start, start + body + verdict.Verdict.End),
        };
    }

    /// <summary>
    /// The request an issue states without deciding it ("Whether the request for X is medically
    /// necessary."): the text up to "medically necessary" or the end, after "the request for".
    /// </summary>
    public static TextValue? Issue(SectionContext context, int start, int end)
    {
        var text = context.Text.AsSpan(start, end - start);
        bool numberMatched = NumberedDecisionGrammar.Number.TryMatch(text, out var number);
        int body = numberMatched ? SkipSpace(text, number.End) : 0;
        bool headMatched = context.Parser.Verdicts.IssueHead.TryMatch(text[body..], out var head);
        int headEnd = headMatched ? body + head.End : TrimEnd(text, body, text.Length, ".?:");
        return Request(context, start + body, start + headEnd);
    }

    // The request within the text before the verdict: after "the request for" or "has determined".
    private static TextValue? Request(SectionContext context, int start, int end)
    {
        var head = context.Text.AsSpan(start, end - start);
        bool requestMatched = NumberedDecisionGrammar.Request.TryMatch(head, out var request);
        int from = requestMatched ? start + request.Start : start;
        return context.Value(from, TrimEnd(context.Text.AsSpan(), from, end, ",:"));
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

    private static int SkipSpace(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && CharSets.IsSpace(text[at]))
        {
            at++;
        }

        return at;
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
