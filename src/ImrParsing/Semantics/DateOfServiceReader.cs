using ImrParsing.Lexing;
using ImrParsing.Parsers;
using static ImrParsing.Semantics.DateOfServiceGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a date of service ("DOS: 11/11/2016", "(DOS 12/29/16)", "date of service March 18, 2016",
/// "per 12/07/2016 order") on a request's tokens, with the words of <see cref="DateOfServiceGrammar"/>:
/// a label or "per", then a date, the numeric one as <see cref="DateGrammar.Numeric"/> states it
/// (month, day and marks whole tokens with nothing between, white space allowed before the year),
/// the named one as <see cref="DateGrammar.Named"/> does ("March18, 2016": a day may be the rest of
/// the month's token). A year's digits are the leading ones of its token, so a date can end inside
/// one; its span is then the characters read. As the rule it replaced did (the benchmarks'
/// baseline), a label read commits it: "DOS: pending" reads no date.
/// </summary>
internal static class DateOfServiceReader
{
    private static readonly TokenPhraseList LabelPhrases = new(Labels);

    private static readonly string OrderWord = Order.Trim();

    /// <summary>
    /// The date of service stated at token <paramref name="index"/> of <paramref name="request"/>:
    /// the date's source characters (<paramref name="date"/>) and the statement's last token
    /// (<paramref name="last"/>); null when none is there.
    /// </summary>
    public static DateOnly? Read(RequestText request, int index, out SourceWords date, out int last)
    {
        date = default;
        last = index;
        var words = request.Words;
        int label = LabelPhrases.Match(words, index);
        if (label >= 0)
        {
            // "DOS: 11/11/2016", "DOS 12/29/16".
            if (words.IsMark(label, ':') && !words.SpaceBefore(label))
            {
                label++;
            }

            if (Numeric(words, label, out var found, out last, out int length) || Named(words, label, out found, out last, out length))
            {
                date = new SourceWords(words.Tokens[label].Start, request.Inside(last, 0, length).End);
                return found;
            }

            return null;
        }

        // "per 12/07/2016 order".
        if (!words.IsWord(index, Per) || !Numeric(words, index + 1, out var ordered, out int year, out int yearLength)
            || yearLength != words.Chars(year).Length || !words.SpaceBefore(year + 1) || !words.IsWord(year + 1, OrderWord))
        {
            return null;
        }

        date = request.WordsFrom(index + 1, year);
        last = year + 1;
        return ordered;
    }

    // "11/11/2016", "12-29-16", "11/11/ 2016": the date at token `index`, the token its year ends in
    // and how many of that token's characters the year takes.
    private static bool Numeric(LexedText words, int index, out DateOnly date, out int last, out int length)
    {
        date = default;
        last = index + 4;
        length = 0;
        if (last >= words.Count || !IsShortNumber(words, index) || !IsGlued(words, index + 1) || !IsGlued(words, index + 2)
            || !IsShortNumber(words, index + 2) || !IsGlued(words, index + 3))
        {
            return false;
        }

        char mark = words.Text[words.Tokens[index + 1].Start];
        if (mark is not ('/' or '-') || !words.IsMark(index + 3, mark) || !words.IsMark(index + 1, mark))
        {
            return false;
        }

        var year = words.Chars(last);
        length = TokenNumbers.LeadingDigits(year);
        if (length == 0 || DateGrammar.MakeDate(year[..length], DateGrammar.Parse(words.Chars(index)), DateGrammar.Parse(words.Chars(index + 2))) is not { } made)
        {
            return false;
        }

        date = made;
        return true;
    }

    // "March 18, 2016", "Dec. 9, 2016", "March18, 2016": the letters naming a month, an optional
    // period, a day of one or two digits, an optional comma and a four-digit year, white space
    // allowed before each number.
    private static bool Named(LexedText words, int index, out DateOnly date, out int last, out int length)
    {
        date = default;
        last = index;
        length = 0;
        if (index >= words.Count)
        {
            return false;
        }

        var chars = words.Chars(index);
        int letters = 0;
        while (letters < chars.Length && char.IsLetter(chars[letters]))
        {
            letters++;
        }

        if (letters == 0)
        {
            return false;
        }

        int month = DateGrammar.MonthNumber(chars[..letters]);
        ReadOnlySpan<char> day;
        int at = index + 1;
        if (letters < chars.Length)
        {
            day = chars[letters..];
        }
        else
        {
            at += words.IsMark(at, '.') && !words.SpaceBefore(at) ? 1 : 0;
            if (at >= words.Count)
            {
                return false;
            }

            day = words.Chars(at++);
        }

        // The day's digits must end their token: a letter or a digit of another script after them reads no year.
        if (day.Length is 0 or > 2 || TokenNumbers.LeadingDigits(day) != day.Length)
        {
            return false;
        }

        at += words.IsMark(at, ',') && !words.SpaceBefore(at) ? 1 : 0;
        if (at >= words.Count)
        {
            return false;
        }

        var year = words.Chars(at);
        if (TokenNumbers.LeadingDigits(year) != 4 || month == 0 || DateGrammar.MakeDate(DateGrammar.Parse(year[..4]), month, DateGrammar.Parse(day)) is not { } made)
        {
            return false;
        }

        date = made;
        (last, length) = (at, 4);
        return true;
    }

    // One or two ASCII digits, the whole token.
    private static bool IsShortNumber(LexedText words, int index)
    {
        var chars = words.Chars(index);
        return chars.Length is 1 or 2 && TokenNumbers.LeadingDigits(chars) == chars.Length;
    }

    // No white space before the token.
    private static bool IsGlued(LexedText words, int index) => !words.SpaceBefore(index);
}
