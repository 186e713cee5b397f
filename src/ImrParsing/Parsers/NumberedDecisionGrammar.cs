using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>
/// The numbered decisions of the older layouts, a sentence each:
/// <code>
/// 1) MAXIMUS Federal Services, Inc. has determined the request for a 28 day functional
///    restoration program is not medically necessary and appropriate.
/// 2. Physical therapy for the lumbar spine is medically necessary and appropriate.
/// </code>
/// The request is the text between "the request for" (or "has determined", or the number) and
/// "is (not) medically necessary"; "not medically necessary" upholds the denial, "medically
/// necessary" overturns it. Extracted text sometimes loses the space in "notmedically", which is read the same.
/// The verdicts are the default <see cref="VerdictGrammar"/>'s; a parser with other
/// <see cref="VerdictPhrase"/>s reads with its own (<see cref="ImrParser.Verdicts"/>).
/// </summary>
public static class NumberedDecisionGrammar
{
    private const string RequestFor = "the request for";

    private const string HasDetermined = "has determined";

    /// <summary>
    /// "1)", "2.", "(3)" and the white space after it, the number that starts an item: its digits
    /// ("3" of "(3)"). The number ends one character past its digits, at the ")" or ".".
    /// </summary>
    public static Parser<char, string> Number { get; } =
        OneOf(
                Char('(').Then(TextParsers.Digits).Before(Char(')')),
                TextParsers.Digits.Before(TextParsers.AnyOf(").")))
            .Before(TextParsers.RequiredSpace)
            .Labelled("an item number such as \"1)\" or \"2.\"");

    /// <summary>
    /// <see cref="Number"/> read by hand (it is asked at every line of a decisions section): the
    /// length of the number <paramref name="text"/> starts with, white space after it; -1 when
    /// there is none.
    /// </summary>
    internal static int NumberLength(ReadOnlySpan<char> text)
    {
        int at = text.Length > 0 && text[0] == '(' ? 1 : 0;
        int digits = TextParsers.AsciiDigitsLength(text[at..]);
        if (digits == 0)
        {
            return -1;
        }

        at += digits;
        bool closed = at < text.Length && (text[0] == '(' ? text[at] == ')' : text[at] is ')' or '.');
        return closed && at + 1 < text.Length && CharSets.IsSpace(text[at + 1]) ? at + 1 : -1;
    }

    /// <summary>
    /// Where the request starts in <paramref name="text"/> from <paramref name="start"/> to
    /// <paramref name="end"/>, the text before the verdict: after "the request for", else after
    /// "has determined (that)", else at the start. A phrase found with no white space after it
    /// leaves the start.
    /// </summary>
    internal static int RequestStart(string text, int start, int end)
    {
        var head = text.AsSpan(start, end - start);
        if (After(head, RequestFor) is int request and not 0)
        {
            return request < 0 ? start : start + request;
        }

        int determined = After(head, HasDetermined);
        if (determined <= 0)
        {
            return start;
        }

        int that = Phrase.MatchLength(head[determined..], "that");
        if (that < 0)
        {
            return start + determined;
        }

        int space = TextParsers.SpaceLength(head[(determined + that)..]);
        return space > 0 ? start + determined + that + space : start;
    }

    // Past the first `phrase` of `head` and the white space after it; 0 when it does not occur, -1
    // when no white space follows it.
    private static int After(ReadOnlySpan<char> head, string phrase)
    {
        int at = Phrase.IndexOf(head, phrase, out int length);
        if (at < 0)
        {
            return 0;
        }

        int space = TextParsers.SpaceLength(head[(at + length)..]);
        return space > 0 ? at + length + space : -1;
    }
}
