using ImrParsing.Parsers;
using ImrParsing.Tests.Infrastructure;
using Pidgin;

namespace ImrParsing.Tests.Grammar;

public sealed class DateGrammarTests
{
    [Theory]
    [InlineData("11/09/2016", 2016, 11, 9)]
    [InlineData("10-13-16", 2016, 10, 13)]
    [InlineData("9-29-1993", 1993, 9, 29)]
    [InlineData("10/14/ 2016", 2016, 10, 14)]
    [InlineData("7/23/2013", 2013, 7, 23)]
    [InlineData("1-1-75", 1975, 1, 1)]
    [InlineData("2/29/2016", 2016, 2, 29)]
    public void Numeric_dates(string text, int year, int month, int day) =>
        GrammarAssert.Parses(DateGrammar.Numeric.Before(Parser<char>.End), text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("March 18, 2013", 2013, 3, 18)]
    [InlineData("December 09, 2016", 2016, 12, 9)]
    [InlineData("Sept. 5, 2016", 2016, 9, 5)]
    [InlineData("dec 1 2016", 2016, 12, 1)]
    public void Named_dates(string text, int year, int month, int day) =>
        GrammarAssert.Parses(DateGrammar.Named.Before(Parser<char>.End), text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("13/01/2016")]
    [InlineData("2/30/2016")]
    [InlineData("10/13-2016")]
    [InlineData("10/13/201")]
    [InlineData("Standard")]
    [InlineData("Marching 18, 2013")]
    public void Not_dates(string text) => GrammarAssert.Fails(DateGrammar.Date.Before(Parser<char>.End), text);

    [Theory]
    [InlineData(16, 2016)]
    [InlineData(49, 2049)]
    [InlineData(50, 1950)]
    [InlineData(93, 1993)]
    public void Two_digit_years_pivot_at_fifty(int year, int expected) => DateGrammar.ExpandYear(year, 2).ShouldBe(expected);

    [Theory]
    [InlineData("10-302016", 2016, 10, 30)]
    [InlineData("10-282016", 2016, 10, 28)]
    [InlineData("1020-16", 2016, 10, 20)]
    [InlineData("1017-2016", 2016, 10, 17)]
    [InlineData("0117-2017", 2017, 1, 17)]
    [InlineData("1-1217", 2017, 1, 12)]
    [InlineData("11-816", 2016, 11, 8)]
    [InlineData("1-917", 2017, 1, 9)]
    [InlineData("11-2816", 2016, 11, 28)]
    [InlineData("131-16", 2016, 1, 31)]
    public void Glued_dates_that_split_one_way(string text, int year, int month, int day) =>
        GrammarAssert.Parses(DateGrammar.Glued.Before(Parser<char>.End), text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("11-2016")]
    [InlineData("12-2016")]
    [InlineData("111-16")]
    [InlineData("12-14")]
    [InlineData("0-120")]
    [InlineData("50-74")]
    [InlineData("13-012016")]
    [InlineData("10-3216")]
    [InlineData("10/302016")]
    public void Glued_digits_that_split_no_way_or_several_ways_are_not_dates(string text) =>
        GrammarAssert.Fails(DateGrammar.Glued.Before(Parser<char>.End), text);

    [Theory]
    [InlineData("10-13-16", nameof(DateForm.Numeric))]
    [InlineData("10/14/ 2016", nameof(DateForm.Numeric))]
    [InlineData("10-302016", nameof(DateForm.Glued))]
    [InlineData("December 09, 2016", nameof(DateForm.Named))]
    public void Dates_in_prose_say_how_they_were_written(string text, string form) =>
        GrammarAssert.Parses(DateGrammar.InProse.Before(Parser<char>.End), text).Form.ToString().ShouldBe(form);

    [Theory]
    [InlineData("6-10/10")]
    [InlineData("10/325")]
    [InlineData("10-13-201")]
    public void Numbers_in_prose_that_are_not_dates(string text) => GrammarAssert.Fails(DateGrammar.InProse.Before(Parser<char>.End), text);
}
