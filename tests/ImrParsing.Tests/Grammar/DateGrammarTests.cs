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
}
