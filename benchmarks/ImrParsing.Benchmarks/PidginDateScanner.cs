using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The date scanner before the word lexer (issue 12): <see cref="DateGrammar.InProse"/> tried at
/// each word that starts with a digit or is a month's name, where a date may start and end, a
/// glued date only after a cue. Kept as the baseline of <c>DateReaderBenchmarks</c> and, shared as
/// source, as the reference the tests hold the token reader to.
/// </summary>
internal static class PidginDateScanner
{
    private static readonly Pidgin.Parser<char, (DateReading Value, OffsetRange Range)> DateWithRange = PidginTextParsers.WithRange(DateGrammar.InProse);

    /// <summary>Every date of <paramref name="text"/> with its offsets in the source, as <c>NarrativeDates.Find</c> found them before the lexer.</summary>
    public static ImmutableArray<TokenDate> Find(CanonicalText text)
    {
        var canonical = text.Span;
        var found = ImmutableArray.CreateBuilder<TokenDate>();
        int i = 0;
        while (i < canonical.Length)
        {
            char c = canonical[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            int wordEnd = i;
            while (wordEnd < canonical.Length && char.IsLetterOrDigit(canonical[wordEnd]))
            {
                wordEnd++;
            }

            if (CanStart(canonical, i) && (char.IsAsciiDigit(c) || (wordEnd - i is >= 3 and <= 9 && DateGrammar.MonthNumber(canonical[i..wordEnd]) > 0))
                && DateWithRange.TryMatch(canonical[i..], out var result) && CanEnd(canonical, i + result.Range.End)
                && (result.Value.Form != DateForm.Glued || FollowsCue(canonical, i)))
            {
                var range = result.Range.Shift(i);
                var source = text.SourceRange(range);
                found.Add(new TokenDate(result.Value.Date, result.Value.Form, source.Start, source.End));
                i = range.End;
                continue;
            }

            i = wordEnd;
        }

        return found.ToImmutable();
    }

    private static bool CanStart(ReadOnlySpan<char> text, int at) =>
        at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '/' or '-' or '+' or '$' or '#');

    private static bool CanEnd(ReadOnlySpan<char> text, int at) =>
        at >= text.Length
        || (!char.IsLetterOrDigit(text[at]) && !(at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]) && text[at] is '/' or '-' or '.'));

    // The word before the date, skipping an opening parenthesis: "On (11-2816)".
    private static bool FollowsCue(ReadOnlySpan<char> text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] is ' ' or '(')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..end];
        foreach (string cue in NarrativeDates.GluedDateCues)
        {
            if (word.Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
