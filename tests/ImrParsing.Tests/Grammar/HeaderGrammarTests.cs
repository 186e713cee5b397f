using ImrParsing.Parsers;

namespace ImrParsing.Tests.Grammar;

public sealed class HeaderGrammarTests
{
    private static (HeaderTokenKind Kind, HeaderField? Field, string Text)[] Tokens(string text) =>
        HeaderTableGrammar.Default.Read(text, 0, text.Length)
            .Select(token => (token.Kind, token.Label?.Field, text[token.Start..token.End]))
            .ToArray();

    [Fact]
    public void Layout_extraction_keeps_label_and_value_pairs_on_a_line()
    {
        var tokens = Tokens("Date Assigned:        11/09/2016                      Date of Injury:      10/13/2016");

        tokens.ShouldBe([
            (HeaderTokenKind.Label, HeaderField.DateAssigned, "Date Assigned:"),
            (HeaderTokenKind.Value, null, "11/09/2016"),
            (HeaderTokenKind.Label, HeaderField.DateOfInjury, "Date of Injury:"),
            (HeaderTokenKind.Value, null, "10/13/2016"),
        ]);
    }

    [Fact]
    public void A_value_between_application_and_received_leaves_received_as_a_continuation()
    {
        var tokens = Tokens("Priority:             Standard                        Application          11/03/2016\n                                                      Received:");

        tokens.Select(token => token.Kind).ShouldBe([
            HeaderTokenKind.Label, HeaderTokenKind.Value, HeaderTokenKind.Label, HeaderTokenKind.Value, HeaderTokenKind.LabelContinuation,
        ]);
        tokens[2].Field.ShouldBe(HeaderField.ApplicationReceived);
    }

    [Fact]
    public void An_application_received_label_split_by_a_line_break_is_one_label()
    {
        var tokens = Tokens("Priority:  Standard Application\nReceived: \n11/03/2016");

        tokens.Select(token => (token.Kind, token.Field)).ShouldBe([
            (HeaderTokenKind.Label, HeaderField.Priority),
            (HeaderTokenKind.Value, null),
            (HeaderTokenKind.Label, HeaderField.ApplicationReceived),
            (HeaderTokenKind.Value, null),
        ]);
    }

    [Fact]
    public void The_whole_application_received_label_is_one_token() =>
        Tokens("Application Received: 11/03/2016").Select(token => token.Text).ShouldBe(["Application Received:", "11/03/2016"]);

    [Theory]
    [InlineData("CM16-0213037", HeaderValueKind.CaseNumber, true)]
    [InlineData("CM17-0005412", HeaderValueKind.CaseNumber, true)]
    [InlineData("0213037", HeaderValueKind.CaseNumber, false)]
    [InlineData("11/09/2016", HeaderValueKind.Date, true)]
    [InlineData("11/09/2016x", HeaderValueKind.Date, false)]
    [InlineData("Standard", HeaderValueKind.Word, true)]
    [InlineData("Expedited", HeaderValueKind.Word, true)]
    [InlineData("11/09/2016", HeaderValueKind.Word, false)]
    public void Values_are_told_apart_by_kind(string value, HeaderValueKind kind, bool expected) =>
        HeaderGrammar.IsValueOfKind(value, kind).ShouldBe(expected);
}
