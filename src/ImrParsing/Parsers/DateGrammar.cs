using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>
/// Dates as the letters write them: "11/09/2016", "10-13-16", "9-29-1993", "10/14/ 2016",
/// "March 18, 2013", "December 09, 2016".
/// </summary>
/// <remarks>
/// <para>
/// Two-digit years: 00–49 are read as 2000–2049 and 50–99 as 1950–1999 (<see cref="ExpandYear"/>).
/// The letters' dates reach back to injuries of the 1970s ("9-29-93") and IMR began in 2013, so a
/// pivot at 50 reads every two-digit year the letters write the way their four-digit ones read.
/// </para>
/// <para>
/// Glued dates (<see cref="Glued"/>): pdftotext's reading order joins a word broken with a hyphen
/// at a line end, dates included: "10-30-" / "2016" becomes "10-302016" and "10-" / "20-16" becomes
/// "1020-16". The digits are read back only where exactly one split gives a valid month, day and
/// year; a month and a four-digit year ("12-2016") counts as a reading too, so "11-2016" (10-20-16
/// glued, or November 2016) gives no date. The month and day glued into two digits ("12-14", far
/// more often a range than 1-2-14) are never read as a date.
/// </para>
/// </remarks>
internal static class DateGrammar
{
    private static Parser<char, string> DigitRun { get; } = TextParsers.Digits;

    private static Parser<char, char> Separator { get; } = TextParsers.AnyOf("/-");

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A run of one to <paramref name="maxDigits"/> digits, as a number.</summary>
    public static Parser<char, int> Number(int maxDigits) =>
        TextParsers.Digits
            .Assert(digits => digits.Length <= maxDigits, $"at most {maxDigits} digits")
            .Select(digits => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>"11/09/2016", "10-13-16", "10/14/ 2016": month, day and year with the same separator.</summary>
    public static Parser<char, DateOnly> Numeric { get; } =
        Map(
                (month, first, day, second, year) => first == second ? MakeDate(year, month, day) : null,
                Number(2),
                TextParsers.AnyOf("/-"),
                Number(2),
                TextParsers.AnyOf("/-").Before(TextParsers.Space),
                TextParsers.Digits)
            .Assert(date => date.HasValue, "a valid month/day/year date")
            .Select(date => date!.Value)
            .Labelled("a date such as 11/09/2016");

    /// <summary>
    /// <see cref="Numeric"/> read by hand, for the readers that try it at every value (the header
    /// table): the date at the start of <paramref name="text"/> and how many characters it takes.
    /// </summary>
    internal static bool TryReadNumeric(ReadOnlySpan<char> text, out DateOnly date, out int length)
    {
        date = default;
        length = 0;
        int month = TextParsers.AsciiDigitsLength(text);
        if (month is 0 or > 2 || month >= text.Length || text[month] is not ('/' or '-'))
        {
            return false;
        }

        int dayStart = month + 1;
        int day = TextParsers.AsciiDigitsLength(text[dayStart..]);
        int second = dayStart + day;
        if (day is 0 or > 2 || second >= text.Length || text[second] != text[month])
        {
            return false;
        }

        int yearStart = second + 1;
        while (yearStart < text.Length && CharSets.IsSpace(text[yearStart]))
        {
            yearStart++;
        }

        int year = TextParsers.AsciiDigitsLength(text[yearStart..]);
        if (year == 0 || MakeDate(text.Slice(yearStart, year), Parse(text[..month]), Parse(text.Slice(dayStart, day))) is not { } made)
        {
            return false;
        }

        date = made;
        length = yearStart + year;
        return true;
    }

    /// <summary>"March 18, 2013", "Dec. 9, 2016": a month's name or abbreviation, the day, a comma and a four-digit year.</summary>
    public static Parser<char, DateOnly> Named { get; } =
        Map(
                (month, day, year) => month > 0 ? MakeDate(year, month, day) : null,
                TextParsers.Letters.Select(MonthNumber).Before(Char('.').Optional()).Before(TextParsers.Space),
                Number(2).Before(Char(',').Optional()).Before(TextParsers.Space),
                TextParsers.Digits.Assert(digits => digits.Length == 4, "a four-digit year"))
            .Assert(date => date.HasValue, "a valid date")
            .Select(date => date!.Value)
            .Labelled("a date such as March 18, 2013");

    /// <summary>Either form.</summary>
    public static Parser<char, DateOnly> Date { get; } = OneOf(Numeric, Named);

    /// <summary>"10-302016", "1020-16", "1-1217": a numeric date whose line-end hyphen was joined; see the class remarks.</summary>
    public static Parser<char, DateOnly> Glued { get; } =
        Map((first, second) => ReadGlued(first, second), DigitRun.Before(Char('-')), DigitRun)
            .Assert(date => date.HasValue, "a date whose digits split one way only")
            .Select(date => date!.Value)
            .Labelled("a date such as 10-302016 (10-30-2016 with its line-end hyphen joined)");

    /// <summary>
    /// A date in canonical prose (<see cref="Text.TextNormalizer"/>), in any of the forms the
    /// narratives use: numeric, glued or named.
    /// </summary>
    public static Parser<char, DateReading> InProse { get; } =
        OneOf(
                Map(
                    ReadNumeric,
                    DigitRun,
                    Separator,
                    DigitRun,
                    Map((separator, year) => (separator, year), Separator.Before(TextParsers.Space), DigitRun).Optional()),
                Named.Select(date => (DateReading?)new DateReading(date, DateForm.Named)))
            .Assert(reading => reading.HasValue, "a valid date")
            .Select(reading => reading!.Value)
            .Labelled("a date such as 10/13/2016, 10-13-16 or March 18, 2013");

    /// <summary>The month a name or abbreviation stands for (1–12), or 0.</summary>
    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return MonthNumber(name.AsSpan());
    }

    // The same for a word read in place: the date scanner asks it of every word of a narrative.
    internal static int MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        for (int i = 0; i < MonthNames.Length; i++)
        {
            string month = MonthNames[i];
            bool abbreviation = name.Length <= month.Length && (name.Length == 3 || (name.Length == 4 && month == "September"));
            if (name.Equals(month, StringComparison.OrdinalIgnoreCase)
                || (abbreviation && month.AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The four-digit year a year as written stands for; see the class remarks for two-digit years.</summary>
    public static int ExpandYear(int year, int digits) => digits switch
    {
        2 => year < 50 ? 2000 + year : 1900 + year,
        _ => year,
    };

    // "10-13-16" (three parts, one separator), or two parts joined by a hyphen: a glued date.
    private static DateReading? ReadNumeric(string first, char separator, string second, Maybe<(char Separator, string Year)> third)
    {
        if (!third.HasValue)
        {
            return separator == '-' && ReadGlued(first, second) is { } glued ? new DateReading(glued, DateForm.Glued) : null;
        }

        if (third.Value.Separator != separator || first.Length > 2 || second.Length > 2)
        {
            return null;
        }

        return MakeDate(third.Value.Year, Parse(first), Parse(second)) is { } date ? new DateReading(date, DateForm.Numeric) : null;
    }

    // Every way the digits split into month, day and year; a date only when exactly one is valid.
    internal static DateOnly? ReadGlued(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        int readings = 0;
        DateOnly? found = null;
        if (first.Length <= 2)
        {
            // The day and year ran together: "10-302016", "1-1217", "11-816".
            for (int dayLength = 1; dayLength <= 2; dayLength++)
            {
                Consider(MakeDate(second[Math.Min(dayLength, second.Length)..], Parse(first), Parse(second[..Math.Min(dayLength, second.Length)])));
            }

            // "12-2016": a month and a year.
            if (second.Length == 4 && Parse(first) is >= 1 and <= 12 && Parse(second) is >= 1900 and <= 2099)
            {
                readings++;
            }
        }
        else if (first.Length <= 4)
        {
            // The month and day ran together: "1020-16", "0117-2017".
            for (int monthLength = 1; monthLength <= 2; monthLength++)
            {
                int dayLength = first.Length - monthLength;
                if (dayLength is 1 or 2)
                {
                    Consider(MakeDate(second, Parse(first[..monthLength]), Parse(first[monthLength..])));
                }
            }
        }

        return readings == 1 ? found : null;

        void Consider(DateOnly? date)
        {
            if (date.HasValue)
            {
                readings++;
                found = date;
            }
        }
    }

    // The number a run of up to nine digits writes, -1 for an empty or longer run. The readers pass
    // runs of ASCII digits, read here without a culture; anything else goes to int.Parse, as before.
    internal static int Parse(ReadOnlySpan<char> digits)
    {
        if (digits.Length is 0 or > 9)
        {
            return -1;
        }

        int number = 0;
        foreach (char digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            }

            number = (number * 10) + (digit - '0');
        }

        return number;
    }

    internal static DateOnly? MakeDate(ReadOnlySpan<char> year, int month, int day) =>
        year.Length is 2 or 4 ? MakeDate(ExpandYear(Parse(year), year.Length), month, day) : null;

    internal static DateOnly? MakeDate(int year, int month, int day) =>
        year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
