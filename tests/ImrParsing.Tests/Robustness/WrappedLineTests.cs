using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// What the transformation tests found when the prose of real letters was re-wrapped at other
/// widths or given no-break spaces, each fixed in the tokenizer or the grammar and pinned here with
/// the letters' own sentences, broken where a narrower extractor breaks them.
/// </summary>
public sealed class WrappedLineTests
{
    private const string DecisionsHeading = "IMR ISSUES, DECISIONS AND RATIONALES\n";

    private const string Parts =
        "Claims Administrator guideline: Decision based on MTUS Shoulder Complaints 2004.\n"
        + "MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s):\nSpecial Studies.\n"
        + "Decision rationale: Therefore the request for an MRI of the shoulder is determined to be not\nmedically necessary.\n";

    private static Line[] Tokenize(string text)
    {
        using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);
        return tokens.Lines.ToArray();
    }

    private static string RuleName(Line line) => ImrParser.Default.Classifier.Rules[line.Rule].Name;

    [Fact]
    public void A_sentence_of_the_form_wrapped_inside_its_phrase_is_still_boilerplate()
    {
        var lines = Tokenize("The Final Determination was based on decisions for the\ndisputed items/services set forth below:\nMRI of the right shoulder without contrast: Upheld");

        lines.Select(line => line.Kind).ShouldBe([LineKind.Boilerplate, LineKind.Boilerplate, LineKind.Decision]);
        RuleName(lines[0]).ShouldBe("boilerplate.decisions");
    }

    [Fact]
    public void The_case_summary_introduction_over_three_narrow_lines_is_left_out_of_the_narrative()
    {
        var document = ImrDocument.Parse(
            "CLINICAL CASE SUMMARY\nThe expert reviewer developed the following\nclinical case summary based on a review of the case\n"
            + "file, including all medical records:\nThe injured worker is a 48 year old male who sustained an industrial injury on 10-13-16.\n");

        document.CaseSummary!.Text!.Value.ShouldBe("The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16.");
    }

    [Fact]
    public void A_line_that_only_begins_like_a_phrase_stays_text()
    {
        // Constructed: the first line is the start of the boilerplate phrase, the second does not go on with it.
        var lines = Tokenize("The Final Determination\nwas reached quickly.");

        lines.Select(line => line.Kind).ShouldBe([LineKind.Text, LineKind.Text]);
    }

    [Fact]
    public void A_label_wrapped_after_its_first_word_still_labels_its_part()
    {
        var item = ImrDocument.Parse(
            DecisionsHeading + "MRI of the right shoulder without contrast: Upheld\nClaims Administrator\nguideline: Decision based on MTUS Shoulder Complaints 2004.\n"
            + Parts[Parts.IndexOf("MAXIMUS", StringComparison.Ordinal)..]).Items.ShouldHaveSingleItem();

        item.ClaimsAdministratorGuideline!.Text!.Value.ShouldBe("Decision based on MTUS Shoulder Complaints 2004.");
        item.Rationale.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("48\u00A0year\u00A0old\u00A0male who sustained")]
    [InlineData("48 year\nold male who sustained")]
    [InlineData("48\tyear old\r\nmale who sustained")]
    [InlineData("48-year-\nold male who sustained")]
    public void Age_and_sex_are_read_whatever_space_separates_their_words(string text)
    {
        var found = GrammarAssert.Parses(PidginPatientGrammar.AgeThenSex, text);

        found.Age!.Value.Value.ShouldBe(48);
        found.Sex.Value.ShouldBe(Sex.Male);
    }

    [Fact]
    public void A_partial_authorization_over_more_lines_than_a_request_spans_is_read_whole()
    {
        // CM17-0020728's head, re-wrapped at 52 columns: eight lines, more than ItemHeads.MaxRequestLines.
        const string head =
            "Physical therapy to the lumbar spine 2 times a week\nfor 3 weeks (6) was the original request. Physical\ntherapy to the lumbar spine 2 times a week for 1\n"
            + "week (2) was authorized\n\n\fby the Claims Administrator. The remaining IMR\neligible portion of the original request, Physical\n"
            + "therapy to the lumbar spine 2 times a week for 2\nweeks (4) is: Upheld\n";

        var item = ImrDocument.Parse(DecisionsHeading + "The Final Determination was based on decisions for the disputed items/services set forth below:\n" + head + Parts)
            .Items.ShouldHaveSingleItem();

        item.OriginalRequest!.Value.ShouldBe("Physical therapy to the lumbar spine 2 times a week for 3 weeks (6)");
        item.Authorized!.Value.ShouldBe("Physical therapy to the lumbar spine 2 times a week for 1 week (2)");
        item.Request!.Value.ShouldBe("Physical therapy to the lumbar spine 2 times a week for 2 weeks (4)");
    }
}
