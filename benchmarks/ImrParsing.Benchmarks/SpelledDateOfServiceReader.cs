using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;
using static ImrParsing.Semantics.DateOfServiceGrammar;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The date of service ("DOS: 11/11/2016", "per 12/07/2016 order", "date of service March 18, 2016")
/// read by hand over a request's spelled text, before <see cref="DateOfServiceReader"/> read the
/// source's tokens: held to the Pidgin rule (<see cref="PidginDateOfService"/>) and the reference
/// of the token reader's tests. A label read commits it: "DOS: pending" reads no date.
/// </summary>
internal static class SpelledDateOfServiceReader
{
    /// <summary>
    /// The date of service stated at <paramref name="at"/> of <paramref name="text"/>; where its date
    /// is (<paramref name="dateStart"/> to <paramref name="dateEnd"/>) and where the statement ends
    /// (<paramref name="end"/>); null when none is there.
    /// </summary>
    public static DateOnly? Read(string text, int at, out int dateStart, out int dateEnd, out int end)
    {
        dateStart = dateEnd = end = -1;
        int label = SpelledScan.FirstKeyword(text, at, Labels);
        if (label >= 0)
        {
            // "DOS: 11/11/2016", "DOS 12/29/16".
            if (label < text.Length && text[label] == ':')
            {
                label++;
            }

            dateStart = SpelledScan.SkipWhiteSpace(text, label);
            var rest = text.AsSpan(dateStart);
            if (DateGrammar.TryReadNumeric(rest, out var date, out int length) || TryReadNamed(rest, out date, out length))
            {
                dateEnd = end = dateStart + length;
                return date;
            }

            return null;
        }

        // "per 12/07/2016 order".
        int per = SpelledScan.FirstKeyword(text, at, [Per]);
        if (per < 0)
        {
            return null;
        }

        dateStart = SpelledScan.SkipWhiteSpace(text, per);
        if (!DateGrammar.TryReadNumeric(text.AsSpan(dateStart), out var ordered, out int orderedLength))
        {
            return null;
        }

        dateEnd = dateStart + orderedLength;
        end = SpelledScan.FirstKeyword(text, dateEnd, [Order]);
        return end < 0 ? null : ordered;
    }

    // "March 18, 2016", "Dec. 9, 2016": a run of letters naming a month, an optional period, a day of
    // one or two digits, an optional comma and a four-digit year, white space allowed before each number.
    private static bool TryReadNamed(ReadOnlySpan<char> text, out DateOnly date, out int length)
    {
        date = default;
        length = 0;
        int letters = TextParsers.LettersLength(text);
        if (letters == 0)
        {
            return false;
        }

        int month = DateGrammar.MonthNumber(text[..letters]);
        int at = SkipSpace(text, letters < text.Length && text[letters] == '.' ? letters + 1 : letters);
        int day = TextParsers.AsciiDigitsLength(text[at..]);
        if (day is 0 or > 2)
        {
            return false;
        }

        int dayValue = DateGrammar.Parse(text.Slice(at, day));
        at += day;
        at = SkipSpace(text, at < text.Length && text[at] == ',' ? at + 1 : at);
        int year = TextParsers.AsciiDigitsLength(text[at..]);
        if (year != 4 || month == 0 || DateGrammar.MakeDate(DateGrammar.Parse(text.Slice(at, year)), month, dayValue) is not { } made)
        {
            return false;
        }

        date = made;
        length = at + year;
        return true;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int at)
    {
        int space = text[at..].IndexOfAnyExcept(CharSets.AnySpace);
        return space < 0 ? text.Length : at + space;
    }
}
