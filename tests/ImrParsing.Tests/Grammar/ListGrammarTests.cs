using ImrParsing.Parsers;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Grammar;

public sealed class ListGrammarTests
{
    [Theory]
    [InlineData("California,North Carolina", new[] { "California", "North Carolina" })]
    [InlineData(" Texas,New York,California ", new[] { "Texas", "New York", "California" })]
    [InlineData("Preventive Medicine, Occupational Medicine, Public Health &\nGeneral Preventive Medicine", new[] { "Preventive Medicine", "Occupational Medicine", "Public Health &\nGeneral Preventive Medicine" })]
    [InlineData("Physical Medicine and Rehabilitation", new[] { "Physical Medicine and Rehabilitation" })]
    public void Comma_separated_lists(string text, string[] expected) =>
        text.Slices(GrammarAssert.Parses(ListGrammar.CommaSeparated, text)).Select(item => item.Trim()).ShouldBe(expected);

    [Theory]
    [InlineData("California", new[] { "California" })]
    [InlineData("Texas and California", new[] { "Texas", "California" })]
    [InlineData("New York, Pennsylvania, and Washington", new[] { "New York", "Pennsylvania", "Washington" })]
    public void Comma_or_and_separated_lists(string text, string[] expected) =>
        text.Slices(GrammarAssert.Parses(ListGrammar.CommaOrAndSeparated, text)).Select(item => item.Trim()).ShouldBe(expected);
}
