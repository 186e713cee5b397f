using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>
/// Dates as the letters write them: "11/09/2016", "10-13-16", "9-29-1993", "10/14/ 2016",
/// "March 18, 2013", "December 09, 2016". A two-digit year 00–49 is read as 2000–2049 and
/// 50–99 as 1950–1999: the letters' dates of injury reach back to the 1970s and their decisions
/// stop before 2050.
/// </summary>
public static class DateGrammar
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A run of one to <paramref name="maxDigits"/> digits, as a number.</summary>
    public static Parser<char, int> Number(int maxDigits) =>
        Digit.AtLeastOnceString()
            .Assert(digits => digits.Length <= maxDigits, $"at most {maxDigits} digits")
            .Select(digits => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>"11/09/2016", "10-13-16", "10/14/ 2016": month, day and year with the same separator.</summary>
    public static Parser<char, DateOnly> Numeric { get; } =
        Map(
                (month, first, day, second, year) => first == second ? MakeDate(year, month, day) : null,
                Number(2),
                OneOf(Char('/'), Char('-')),
                Number(2),
                OneOf(Char('/'), Char('-')).Before(TextParsers.Space),
                Digit.AtLeastOnceString())
            .Assert(date => date.HasValue, "a valid month/day/year date")
            .Select(date => date!.Value)
            .Labelled("a date such as 11/09/2016");

    /// <summary>"March 18, 2013", "Dec. 9, 2016": a month's name or abbreviation, the day, a comma and a four-digit year.</summary>
    public static Parser<char, DateOnly> Named { get; } =
        Map(
                (month, day, year) => month > 0 ? MakeDate(year, month, day) : null,
                Letter.AtLeastOnceString().Select(MonthNumber).Before(Char('.').Optional()).Before(TextParsers.Space),
                Number(2).Before(Char(',').Optional()).Before(TextParsers.Space),
                Digit.AtLeastOnceString().Assert(digits => digits.Length == 4, "a four-digit year"))
            .Assert(date => date.HasValue, "a valid date")
            .Select(date => date!.Value)
            .Labelled("a date such as March 18, 2013");

    /// <summary>Either form.</summary>
    public static Parser<char, DateOnly> Date { get; } = OneOf(Numeric, Named);

    /// <summary>The month a name or abbreviation stands for (1–12), or 0.</summary>
    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length < 3)
        {
            return 0;
        }

        for (int i = 0; i < MonthNames.Length; i++)
        {
            string month = MonthNames[i];
            bool abbreviation = name.Length <= month.Length && (name.Length == 3 || (name.Length == 4 && month == "September"));
            if (name.Equals(month, StringComparison.OrdinalIgnoreCase)
                || (abbreviation && month.StartsWith(name, StringComparison.OrdinalIgnoreCase)))
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

    private static DateOnly? MakeDate(string year, int month, int day) =>
        year.Length is 2 or 4
            ? MakeDate(ExpandYear(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), year.Length), month, day)
            : null;

    private static DateOnly? MakeDate(int year, int month, int day) =>
        year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
