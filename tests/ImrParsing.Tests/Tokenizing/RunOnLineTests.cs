using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Tokenizing;

/// <summary>
/// Structure that does not depend on line breaks: a form feed inside a line, and a line far longer
/// than a printed one (an extractor that writes a page a line), are split where lines must have
/// broken. The sentences are constructed in the letters' style.
/// </summary>
public sealed class RunOnLineTests
{
    internal static (string Text, LineKind Kind, int Number)[] Tokenize(string text)
    {
        using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);
        return [.. tokens.Lines.ToArray().Select(line => (text.Substring(line.ContentStart, line.ContentLength), line.Kind, line.Number))];
    }

    [Fact]
    public void A_heading_after_a_form_feed_inside_a_line_is_a_token_of_its_own()
    {
        var tokens = Tokenize("The request was non-certified by utilization review.  \fIMR ISSUES, DECISIONS AND RATIONALES\nnext");

        tokens.ShouldBe(
        [
            ("The request was non-certified by utilization review.", LineKind.Text, 1),
            ("IMR ISSUES, DECISIONS AND RATIONALES", LineKind.Heading, 1),
            ("next", LineKind.Text, 2),
        ]);
    }

    [Fact]
    public void A_form_feed_that_starts_a_line_gives_no_empty_token_and_keeps_the_line_start()
    {
        const string text = "end of page.\n\fCLINICAL CASE SUMMARY";
        using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);

        var heading = tokens.Lines[1];
        heading.Start.ShouldBe(13);
        heading.ContentStart.ShouldBe(14);
        heading.Kind.ShouldBe(LineKind.Heading);
    }

    private const string Page =
        "The worker was seen again on 10-3-16 and the pain was unchanged. The physician requested therapy.  " +
        "IMR ISSUES, DECISIONS AND RATIONALES The Final Determination was based on decisions for the disputed items/services set forth below:  " +
        "Physical therapy 2 times a week for 4 weeks: Overturned  " +
        "Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.  " +
        "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical Medicine.  " +
        "Decision rationale: The guidelines support a short course of therapy for a flare of pain. The request is medically necessary." +
        "Acupuncture for six sessions: UpheldClaims Administrator guideline: Decision based on MTUS Acupuncture 2016. " +
        "MAXIMUS guideline: Decision based on MTUS Acupuncture 2016.Decision rationale: There is no functional improvement. The request is not medically necessary.";

    [Fact]
    public void A_page_on_one_line_is_split_before_headings_labels_and_requests_and_after_decisions()
    {
        var tokens = Tokenize(Page);

        tokens.Select(token => (token.Text.Length > 40 ? token.Text[..40] : token.Text, token.Kind)).ShouldBe(
        [
            ("The worker was seen again on 10-3-16 and", LineKind.Text),
            ("IMR ISSUES, DECISIONS AND RATIONALES", LineKind.Heading),
            ("The Final Determination was based on dec", LineKind.Boilerplate),
            ("Physical therapy 2 times a week for 4 we", LineKind.Decision),
            ("Claims Administrator guideline: Decision", LineKind.Label),
            ("MAXIMUS guideline: Decision based on MTU", LineKind.Label),
            ("Decision rationale: The guidelines suppo", LineKind.Label),
            ("Acupuncture for six sessions: Upheld", LineKind.Decision),
            ("Claims Administrator guideline: Decision", LineKind.Label),
            ("MAXIMUS guideline: Decision based on MTU", LineKind.Label),
            ("Decision rationale: There is no function", LineKind.Label),
        ]);
        tokens.ShouldAllBe(token => token.Number == 1);
    }

    [Fact]
    public void Every_token_of_a_run_on_line_is_a_slice_of_the_input_in_order()
    {
        using var tokens = LineTokenizer.Tokenize(Page, ImrParser.Default.Classifier);

        int end = 0;
        foreach (var line in tokens.Lines)
        {
            line.Start.ShouldBeGreaterThanOrEqualTo(end);
            line.ContentStart.ShouldBeGreaterThanOrEqualTo(line.Start);
            end = line.ContentEnd;
        }

        end.ShouldBe(Page.Length);
    }

    [Fact]
    public void A_heading_after_a_word_with_no_sentence_end_is_found_in_a_run_on_line()
    {
        string text = "The Expert Reviewer has the following credentials: State(s) of Licensure: California,Texas Certification(s)/Specialty: Anesthesiology, Pain Medicine CLINICAL CASE SUMMARY " +
            "The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:  " +
            "The injured worker is a 51 year old female who sustained an industrial injury on 2-4-14. Documents reviewed include the progress notes.";

        var tokens = Tokenize(text);

        tokens.Select(token => token.Kind).ShouldBe([LineKind.Boilerplate, LineKind.Label, LineKind.Label, LineKind.Heading, LineKind.Boilerplate, LineKind.Text]);
        tokens[2].Text.ShouldBe("Certification(s)/Specialty: Anesthesiology, Pain Medicine");
        tokens[5].Text.ShouldStartWith("The injured worker");
    }

    // Pages that start inside a rationale, after a page break: in lower case, inside a sentence, or
    // with a sentence in capitals. Either way the request is no sentence of prose: it starts after the
    // rationale's last sentence, not at the page's start.
    private const string PageInsideSentence =
        "stimulation prior to the completion of the previously authorized conservative treatment, which the " +
        "records describe as ongoing. There is no clear rationale for the need of electrical stimulation at this time. " +
        "As such, the request is not medically necessary. Ultrasound 1 times 8: Upheld Claims Administrator guideline: " +
        "Decision based on MTUS Chronic Pain Medical Treatment 2016. MAXIMUS guideline: Decision based on MTUS Chronic " +
        "Pain Medical Treatment 2016, Section(s): Ultrasound, therapeutic.";

    private const string PageAtSentence =
        "Patients with no risk factor and no cardiovascular disease do not require the use of a proton pump " +
        "inhibitor. The treatment plan was to continue with the current medication regimen. However, there was a lack " +
        "of subjective complaints of gastrointestinal events to support ongoing use. As such, the request is not " +
        "medically necessary. Cyclobenzaprine: Upheld Claims Administrator guideline: Decision based on MTUS Chronic " +
        "Pain Medical Treatment 2016.";

    [Theory]
    [InlineData(PageInsideSentence, "Ultrasound 1 times 8: Upheld", "stimulation prior")]
    [InlineData(PageAtSentence, "Cyclobenzaprine: Upheld", "Patients with no risk factor")]
    public void A_page_that_starts_inside_a_rationale_gives_its_request_from_the_last_sentence_start(string page, string decision, string pageStart)
    {
        var tokens = Tokenize(page);

        tokens.ShouldContain((decision, LineKind.Decision, 1));
        tokens[0].Text.ShouldStartWith(pageStart);
        tokens[0].Kind.ShouldBe(LineKind.Text);
    }

    [Fact]
    public void A_space_moved_to_a_kerned_word_s_start_is_no_paragraph_gap()
    {
        // pypdf's kerning, or a line-end hyphen an extractor followed with a space: "revealed S- shaped"
        // reads "revealed  S-shaped" (ReadableText), two spaces that are no paragraph's break.
        string page = "of the neck was taken after the fall, and at the follow- up visit the x- ray of the thoracic spine " +
            "revealed S- shaped curvature of the cervicothoracic spine with no compression fractures. Significant changes " +
            "in signs and symptoms since this study are not specified in the records provided. The request for MRI of the " +
            "cervical spine is not medically necessary, based on the records provided. EMG of the bilateral upper " +
            "extremities: Overturned Claims Administrator guideline: Decision based on MTUS Neck and Upper Back Complaints 2004.";
        string read = ReadableText.Of(page, out var moved);
        moved.ShouldNotBeNull();

        using var tokens = LineTokenizer.Tokenize(read, ImrParser.Default.Classifier, moved);
        var lines = tokens.Lines.ToArray().Select(line => (read.Substring(line.ContentStart, line.ContentLength), line.Kind));

        lines.ShouldContain(("EMG of the bilateral upper extremities: Overturned", LineKind.Decision));
    }
}
