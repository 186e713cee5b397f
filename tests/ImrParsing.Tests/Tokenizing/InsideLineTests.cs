using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Tokenizing;

/// <summary>
/// Headings, labels and sentences of the form that an extractor left inside a line of ordinary
/// length, with no form feed (PdfPig's content order, pdfplumber): the line is split where it must
/// have broken, and only there. The sentences are constructed in the letters' style.
/// </summary>
public sealed class InsideLineTests
{
    private static (string Text, LineKind Kind, int Number)[] Tokenize(string text) => RunOnLineTests.Tokenize(text);

    [Theory]
    [InlineData("He was advised to continue further treatment.  IMR ISSUES, DECISIONS AND RATIONALES")]
    [InlineData("He was advised to continue further treatment. IMR ISSUES, DECISIONS AND RATIONALES")]
    [InlineData("He was advised to continue further treatment.IMR ISSUES, DECISIONS AND RATIONALES")]
    [InlineData("He was advised to continue further treatment  IMR ISSUES, DECISIONS AND RATIONALES")]
    public void A_heading_after_a_sentence_end_or_a_gap_on_a_short_line_is_a_token_of_its_own(string line)
    {
        var tokens = Tokenize(line + "\nThe Final Determination was based on decisions for the disputed items/services set forth below:");

        tokens.Select(token => token.Kind).ShouldBe([LineKind.Text, LineKind.Heading, LineKind.Boilerplate]);
        tokens[0].Text.ShouldStartWith("He was advised");
        tokens[1].Text.ShouldBe("IMR ISSUES, DECISIONS AND RATIONALES");
        tokens[1].Number.ShouldBe(1);
        tokens[2].Number.ShouldBe(2);
    }

    [Fact]
    public void A_heading_wrapped_after_a_sentence_end_is_joined_with_its_next_line()
    {
        var tokens = Tokenize("The request is not medically necessary.  INDEPENDENT MEDICAL REVIEW\nDECISION AND RATIONALE\nAn application for Independent Medical Review was filed on 1/2/2013.");

        tokens.Select(token => token.Kind).ShouldBe([LineKind.Text, LineKind.Heading, LineKind.HeadingContinuation, LineKind.Boilerplate]);
    }

    [Fact]
    public void Labels_after_a_sentence_end_or_a_decision_start_tokens()
    {
        var tokens = Tokenize(
            "Lumbar MRI without contrast: Upheld Claims Administrator guideline: Decision based on MTUS Low Back Complaints.\n" +
            "MAXIMUS guideline: Decision based on ACOEM. Decision rationale: There are no red flags.\n" +
            "The Expert Reviewer has the following credentials: State(s) of Licensure: California");

        tokens.Select(token => (token.Text, token.Kind)).ShouldBe(
        [
            ("Lumbar MRI without contrast: Upheld", LineKind.Decision),
            ("Claims Administrator guideline: Decision based on MTUS Low Back Complaints.", LineKind.Label),
            ("MAXIMUS guideline: Decision based on ACOEM.", LineKind.Label),
            ("Decision rationale: There are no red flags.", LineKind.Label),
            ("The Expert Reviewer has the following credentials:", LineKind.Boilerplate),
            ("State(s) of Licensure: California", LineKind.Label),
        ]);
    }

    [Theory]
    [InlineData("The reviewer read the Claims Administrator guideline: it was cited in full.")]
    [InlineData("Documents reviewed include the progress notes. Documents reviewed include the imaging.")]
    [InlineData("The patient was counseled. Imr issues, decisions and rationales were explained.")]
    [InlineData("He asked about the MAXIMUS guideline and the Decision rationale in the letter.")]
    [InlineData("Case Number:   CM16-0213037    Date of Injury:   10/13/2016")]
    [InlineData("Priority:  Standard   Application Received:  11/03/2016")]
    public void Prose_and_header_rows_that_hold_a_phrase_s_words_stay_one_token(string line)
    {
        var tokens = Tokenize(line);

        tokens.Length.ShouldBe(1);
        tokens[0].Text.ShouldBe(line);
    }

    [Fact]
    public void Every_token_of_a_split_line_is_a_slice_of_the_input_in_order()
    {
        const string text = " treatment.  IMR ISSUES, DECISIONS AND RATIONALES  \n\n  Knee brace: Overturned Claims Administrator guideline: Decision based on ODG.  \n";
        using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);

        int end = 0;
        foreach (var line in tokens.Lines)
        {
            line.Start.ShouldBeGreaterThanOrEqualTo(end);
            line.ContentStart.ShouldBeGreaterThanOrEqualTo(line.Start);
            char.IsWhiteSpace(text[line.ContentStart]).ShouldBeFalse();
            char.IsWhiteSpace(text[line.ContentEnd - 1]).ShouldBeFalse();
            end = line.ContentEnd;
        }

        tokens.Lines.Length.ShouldBe(4);
    }
}
