using ImrParsing.Parsers;

namespace ImrParsing.Tests.Grammar;

public sealed class ListGrammarTests
{
    [Theory]
    [InlineData("California,North Carolina", new[] { "California", "North Carolina" })]
    [InlineData(" Texas,New York,California ", new[] { "Texas", "New York", "California" })]
    [InlineData("Preventive Medicine, Occupational Medicine, Public Health &\nGeneral Preventive Medicine", new[] { "Preventive Medicine", "Occupational Medicine", "Public Health &\nGeneral Preventive Medicine" })]
    [InlineData("Physical Medicine and Rehabilitation", new[] { "Physical Medicine and Rehabilitation" })]
    public void Comma_separated_lists(string text, string[] expected) =>
        Texts(text, ListGrammar.Items(text, 0, text.Length, and: false, [])).Select(item => item.Trim()).ShouldBe(expected);

    [Theory]
    [InlineData("California", new[] { "California" })]
    [InlineData("Texas and California", new[] { "Texas", "California" })]
    [InlineData("New York, Pennsylvania, and Washington", new[] { "New York", "Pennsylvania", "Washington" })]
    [InlineData("Oregon,\nand Maryland and\tIdaho", new[] { "Oregon", "Maryland", "Idaho" })]
    public void Comma_or_and_separated_lists(string text, string[] expected) =>
        Texts(text, ListGrammar.Items(text, 0, text.Length, and: true, [])).Select(item => item.Trim()).ShouldBe(expected);

    [Fact]
    public void Items_are_read_in_the_letters_offsets_and_no_further_than_the_end()
    {
        const string text = "States: Texas, Ohio and Utah. Next";
        ListGrammar.Items(text, 8, 28, and: true, []).ShouldBe([(8, 13), (15, 19), (24, 28)]);
    }

    private static string[] Texts(string text, IEnumerable<(int Start, int End)> items) => [.. items.Select(item => text[item.Start..item.End])];
}
