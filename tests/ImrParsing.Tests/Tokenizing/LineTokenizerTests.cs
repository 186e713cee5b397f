using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Tokenizing;

public sealed class LineTokenizerTests
{
    private static Line[] Tokenize(string text)
    {
        using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);
        return tokens.Lines.ToArray();
    }

    private static string RuleName(Line line) => ImrParser.Default.Classifier.Rules[line.Rule].Name;

    [Fact]
    public void Blank_lines_have_no_token_and_content_is_trimmed()
    {
        const string text = "  first \n\n \f\t\nsecond\r\nthird\rfourth";

        var lines = Tokenize(text);

        lines.Select(line => text.Substring(line.ContentStart, line.ContentLength)).ShouldBe(["first", "second", "third", "fourth"]);
        lines.Select(line => line.Number).ShouldBe([1, 4, 5, 6]);
        lines[0].Start.ShouldBe(0);
        lines[0].ContentStart.ShouldBe(2);
    }

    [Theory]
    [InlineData("HOW THE IMR FINAL DETERMINATION WAS MADE", "heading.determination")]
    [InlineData("                 HOW THE IMR FINAL DETERMINATION WAS MADE", "heading.determination")]
    [InlineData(" CLINICAL CASE SUMMARY ", "heading.caseSummary")]
    [InlineData("IMR\u00A0ISSUES,\u00A0DECISIONS\u00A0AND\u00A0RATIONALES", "heading.decisions")]
    [InlineData("\fIMR ISSUES, DECISIONS AND RATIONALES", "heading.decisions")]
    [InlineData("Clinical Case Summary:", "heading.caseSummary")]
    public void Headings_are_recognized_whatever_their_indentation_and_spaces(string line, string rule)
    {
        var token = Tokenize(line).ShouldHaveSingleItem();

        token.Kind.ShouldBe(LineKind.Heading);
        RuleName(token).ShouldBe(rule);
    }

    [Theory]
    [InlineData("Claims Administrator guideline: Decision based on MTUS", "label.claimsAdministratorGuideline")]
    [InlineData("MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence", "label.maximusGuideline")]
    [InlineData("Decision rationale: The California MTUS", "label.decisionRationale")]
    [InlineData("State(s) of Licensure: California,North Carolina", "label.licensure")]
    [InlineData("Certification(s)/Specialty: Family Practice", "label.specialty")]
    public void Labels_start_their_line(string line, string rule)
    {
        var token = Tokenize(line).ShouldHaveSingleItem();

        token.Kind.ShouldBe(LineKind.Label);
        RuleName(token).ShouldBe(rule);
    }

    [Theory]
    [InlineData("MRI of the right shoulder without contrast: Upheld")]
    [InlineData("Labs to include: EKG: Upheld")]
    [InlineData("original request, Cyclobenzaprine 7.5mg #27 is: Upheld")]
    [InlineData("Physical therapy 2 times a week for 4 weeks for the lumbar spine:  Upheld ")]
    [InlineData("extremities: Overturned")]
    [InlineData("Upheld")]
    [InlineData("Overturned.")]
    public void A_decision_word_after_a_colon_or_alone_makes_a_decision_line(string line) =>
        Tokenize(line).ShouldHaveSingleItem().Kind.ShouldBe(LineKind.Decision);

    [Theory]
    [InlineData("the decision of the utilization review was upheld")]
    [InlineData("Upheld as stated")]
    [InlineData("This denial is Upheld")]
    public void Prose_that_mentions_a_decision_is_text(string line) =>
        Tokenize(line).ShouldHaveSingleItem().Kind.ShouldBe(LineKind.Text);

    [Fact]
    public void A_heading_split_over_two_lines_is_joined()
    {
        var lines = Tokenize("IMR ISSUES, DECISIONS AND\n\nRATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:");

        lines.Select(line => line.Kind).ShouldBe([LineKind.Heading, LineKind.HeadingContinuation, LineKind.Boilerplate]);
        RuleName(lines[0]).ShouldBe("heading.decisions");
    }

    [Fact]
    public void A_boilerplate_sentence_carries_over_the_lines_it_wraps_onto()
    {
        var lines = Tokenize("The expert reviewer developed the following clinical case summary based on a review of the\ncase file, including all medical records:\nThe injured worker is a 48 year old male.");

        lines.Select(line => line.Kind).ShouldBe([LineKind.Boilerplate, LineKind.Boilerplate, LineKind.Text]);
    }

    [Fact]
    public void Many_lines_grow_the_pooled_buffers()
    {
        string text = string.Concat(Enumerable.Repeat("Decision rationale: x\n", 5000));

        var lines = Tokenize(text);

        lines.Length.ShouldBe(5000);
        lines[^1].Number.ShouldBe(5000);
    }
}
