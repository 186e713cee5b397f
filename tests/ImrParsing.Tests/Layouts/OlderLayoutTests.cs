using ImrParsing.Diagnostics;
using ImrParsing.Json;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Layouts;

/// <summary>
/// The three older layouts, read from letters constructed for these tests from the layouts' headings
/// and form sentences (tests/ImrParsing.Tests/Constructed; the corpus has none of these layouts).
/// </summary>
public sealed class OlderLayoutTests
{
    private static ImrDocument Parse(string name) => ImrDocument.Parse(ConstructedLetters.Read(name));

    private static (string? Request, Decision? Decision, string? DecisionText)[] Decisions(ImrDocument document) =>
        document.Items.Select(item => (item.Request?.Value, item.Decision?.Value, item.Decision?.Text)).ToArray();

    [Fact]
    public void The_2013_notice_gives_its_numbered_decisions_qualifications_and_case_summary()
    {
        var document = Parse(ConstructedLetters.DeterminationNotice);

        document.Layout.ShouldBe(LetterLayout.DeterminationNotice);
        document.Header!.DecisionDate!.Value.Value.ShouldBe(new DateOnly(2013, 10, 14));
        Decisions(document).ShouldBe([
            ("a lumbar epidural steroid injection at L4-5", Decision.Upheld, "not medically necessary"),
            ("12 sessions of aquatic therapy", Decision.Overturned, "medically necessary"),
        ]);
        document.Reviewer!.Specialties.ShouldHaveSingleItem().Value.ShouldBe("Physical Medicine and Rehabilitation");
        document.Reviewer.LicensureStates.ShouldHaveSingleItem().Value.ShouldBe("California");
        document.CaseSummary!.Text!.Value.ShouldStartWith("\"The patient is a 52 year-old male");
        document.CaseSummary.Patient.Age!.Value.Value.ShouldBe(52);
        document.Sections.Select(section => section.Name).ShouldBe(["letterhead", "letterhead", "notice", "decisions", "qualifications", "caseSummary"]);
        document.Diagnostics.ShouldBeEmpty();
        document.Unrecognized.ShouldBeEmpty();
    }

    // The constructed notice with its "Dated: 10/14/2013" line written as `dated`.
    private static string NoticeDated(string dated) =>
        ConstructedLetters.Read(ConstructedLetters.DeterminationNotice).Replace("Dated: 10/14/2013", dated, StringComparison.Ordinal);

    [Theory]
    [InlineData("Dated: 10/14/2013", "10/14/2013")]
    [InlineData("Dated: October 14, 2013", "October 14, 2013")]
    [InlineData("Dated :\u00a010-14-2013", "10-14-2013")]
    [InlineData("Dated:\n\n10/14/2013", "10/14/2013")]
    public void The_notice_is_dated_right_after_its_label(string dated, string date)
    {
        string text = NoticeDated(dated);

        var decided = ImrDocument.Parse(text).Header!.DecisionDate!.Value;

        decided.Value.ShouldBe(new DateOnly(2013, 10, 14));
        text.Substring(decided.Span.Start, decided.Span.Length).ShouldBe(date);
    }

    [Theory]
    [InlineData("Dated: see 10/14/2013")]
    [InlineData("Dated: 10/14/2013x")]
    public void A_date_that_does_not_follow_the_label_or_runs_on_is_not_the_notices(string dated)
    {
        ImrDocument.Parse(NoticeDated(dated)).Header?.DecisionDate.ShouldBeNull();
    }

    [Fact]
    public void The_final_determination_with_documents_gives_numbered_items_with_their_parts()
    {
        var document = Parse(ConstructedLetters.FinalDeterminationWithDocuments);

        document.Layout.ShouldBe(LetterLayout.FinalDeterminationWithDocuments);
        Decisions(document).ShouldBe([
            ("Physical therapy 2 times a week for 6 weeks for the right knee", Decision.Upheld, "not medically necessary"),
            ("an MRI of the right knee", Decision.Overturned, "medically necessary"),
        ]);
        document.Items[1].MaximusGuideline!.Text!.Value.ShouldBe("Decision based on MTUS ACOEM Chapter 13 Knee Complaints Page(s): 341-343.");
        document.Items[0].Rationale!.Text!.Value.ShouldEndWith("The request is not medically necessary.");
        document.Reviewer!.LicensureStates.Select(state => state.Value).ShouldBe(["California", "Nevada"]);
        document.CaseSummary!.Patient.Sex!.Value.Value.ShouldBe(Sex.Female);
        document.Sections.Select(section => section.Name).ShouldBe(["determination", "documentsReviewed", "caseSummary", "decisions"]);
        document.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_medical_professional_review_gives_its_issues_the_decision_of_its_rationale_heading()
    {
        var document = Parse(ConstructedLetters.MedicalProfessionalReview);

        document.Layout.ShouldBe(LetterLayout.MedicalProfessionalReview);
        document.Items.Select(item => item.Request!.Value).ShouldBe(["Norco 10/325 mg #120", "a TENS unit for home use"]);
        document.Items.ShouldAllBe(item => item.Decision!.Value.Value == Decision.Upheld);
        document.Items[0].Decision!.Value.Span.Line.ShouldBe(19, "the decision is read from the wrapped rationale heading");
        document.Items[1].Rationale!.Text!.Value.ShouldEndWith("The requests are not medically necessary.");
        document.Items[0].MaximusGuideline!.Text!.Value.ShouldStartWith("MTUS Chronic Pain Medical Treatment Guidelines");
        document.Reviewer!.Specialties.ShouldHaveSingleItem().Value.ShouldBe("Anesthesiology");
        document.Reviewer.Subspecialties.ShouldHaveSingleItem().Value.ShouldBe("Pain Medicine");
        document.Reviewer.LicensureStates.Select(state => state.Value).ShouldBe(["California", "Arizona"]);
        document.CaseSummary!.Text!.Value.ShouldStartWith("The patient is a 61 year old female");
        document.Sections.Select(section => section.Name).ShouldBe(["title", "issues", "caseSummary", "documentsReviewed", "guidelines", "rationale", "qualifications"]);
        document.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ConstructedLetters.DeterminationNotice, "determinationNotice")]
    [InlineData(ConstructedLetters.FinalDeterminationWithDocuments, "finalDeterminationWithDocuments")]
    [InlineData(ConstructedLetters.MedicalProfessionalReview, "medicalProfessionalReview")]
    public void The_layout_is_named_in_json(string letter, string layout)
    {
        var document = Parse(letter);
        string json = ImrJson.Serialize(document);

        json.ShouldContain($"\"layout\":\"{layout}\"");
        ImrJson.Deserialize(json).Layout.ShouldBe(document.Layout);
    }

    [Fact]
    public void An_overturning_rationale_heading_overturns_the_issues()
    {
        string text = ConstructedLetters.Read(ConstructedLetters.MedicalProfessionalReview)
            .Replace("IS/WAS NOT MEDICALLY\nNECESSARY:", "IS/WAS MEDICALLY\nNECESSARY:", StringComparison.Ordinal);

        var document = ImrDocument.Parse(text);

        document.Items.ShouldAllBe(item => item.Decision!.Value.Value == Decision.Overturned);
        document.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_section_is_reported_with_the_heading_of_the_letters_layout()
    {
        string text = ConstructedLetters.Read(ConstructedLetters.DeterminationNotice);
        string damaged = text[..text.IndexOf("Case Summary:", StringComparison.Ordinal)];

        var document = ImrDocument.Parse(damaged);

        document.Layout.ShouldBe(LetterLayout.DeterminationNotice);
        document.Items.Length.ShouldBe(2);
        var missing = document.Diagnostics.ShouldHaveSingleItem();
        missing.Code.ShouldBe(ImrDiagnostics.MissingSection.Code);
        missing.Message.ShouldBe("Expected the Case Summary: heading; the letter has no caseSummary section.");
    }

    [Fact]
    public void Without_its_issues_the_review_keeps_its_rationale_in_an_item_without_a_request()
    {
        string text = ConstructedLetters.Read(ConstructedLetters.MedicalProfessionalReview);
        int start = text.IndexOf("ISSUE AT DISPUTE:", StringComparison.Ordinal);
        string damaged = text.Remove(start, text.IndexOf("CASE SUMMARY:", StringComparison.Ordinal) - start);

        var document = ImrDocument.Parse(damaged);

        var item = document.Items.ShouldHaveSingleItem();
        item.Request.ShouldBeNull();
        item.Decision!.Value.Value.ShouldBe(Decision.Upheld);
        item.Rationale!.Text!.Value.ShouldEndWith("The requests are not medically necessary.");
        document.Diagnostics.Select(d => d.Code).ShouldBe([ImrDiagnostics.MissingSection.Code]);
    }

    [Fact]
    public void A_numbered_decision_without_its_verdict_keeps_its_request_and_is_reported()
    {
        string text = ConstructedLetters.Read(ConstructedLetters.DeterminationNotice);
        int decisions = text.IndexOf("INDEPENDENT MEDICAL REVIEW DECISION", StringComparison.Ordinal);
        string damaged = text[..decisions] + text[decisions..].Replace(
            "therapy is medically necessary and appropriate.", "therapy was reviewed.", StringComparison.Ordinal);

        var document = ImrDocument.Parse(damaged);

        document.Items[1].Decision.ShouldBeNull();
        document.Items[1].Request!.Value.ShouldBe("12 sessions of aquatic therapy was reviewed");
        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(ImrDiagnostics.MissingVerdict.Code);
        diagnostic.Message.ShouldBe("Expected \"is medically necessary\" or \"is not medically necessary\" in the decision of item 2.");
    }

    [Fact]
    public void A_notice_truncated_inside_a_decision_keeps_what_it_states()
    {
        string text = ConstructedLetters.Read(ConstructedLetters.DeterminationNotice);
        int decisions = text.IndexOf("INDEPENDENT MEDICAL REVIEW DECISION", StringComparison.Ordinal);
        string truncated = text[..(text.IndexOf("12 sessions of aquatic", decisions, StringComparison.Ordinal) + "12 sessions of aquatic".Length)];

        var document = ImrDocument.Parse(truncated);

        document.Items.Length.ShouldBe(2);
        document.Items[0].Decision!.Value.Value.ShouldBe(Decision.Upheld);
        document.Items[1].Decision.ShouldBeNull();
        document.Items[1].Request!.Value.ShouldBe("12 sessions of aquatic");
        document.Diagnostics.Select(d => d.Code).ShouldBe([
            ImrDiagnostics.MissingVerdict.Code, ImrDiagnostics.MissingSection.Code, ImrDiagnostics.MissingSection.Code, ImrDiagnostics.Truncated.Code,
        ]);
    }

    [Fact]
    public void A_section_of_another_layout_is_read_and_reported()
    {
        // A real letter with a constructed "DOCUMENTS REVIEWED" section inserted before its case summary.
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        int summary = letter.IndexOf("CLINICAL CASE SUMMARY", StringComparison.Ordinal);
        string mixed = letter.Insert(summary, "DOCUMENTS REVIEWED\n1. Utilization Review Determination dated 11/3/2016\n");

        var document = ImrDocument.Parse(mixed);

        document.Layout.ShouldBe(LetterLayout.FinalDetermination);
        document.Items.Length.ShouldBe(2);
        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(ImrDiagnostics.SectionOfAnotherLayout.Code);
        diagnostic.Message.ShouldBe("The DOCUMENTS REVIEWED heading belongs to the finalDeterminationWithDocuments layout, not to this letter's finalDetermination layout; its section was read all the same.");
    }

    [Fact]
    public void Sections_out_of_order_in_an_older_layout_are_reported()
    {
        string text = ConstructedLetters.Read(ConstructedLetters.MedicalProfessionalReview);
        int qualifications = text.IndexOf("MEDICAL REVIEWER QUALIFICATIONS:", StringComparison.Ordinal);
        int summary = text.IndexOf("CASE SUMMARY:", StringComparison.Ordinal);
        string reordered = text[..summary] + text[qualifications..] + text[summary..qualifications];

        var document = ImrDocument.Parse(reordered);

        document.Reviewer!.Specialties.ShouldHaveSingleItem().Value.ShouldBe("Anesthesiology");
        document.Items.Length.ShouldBe(2);
        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(ImrDiagnostics.SectionBeforeItsPlace.Code);
        diagnostic.Message.ShouldBe("The qualifications section comes before the caseSummary section, which it should follow; it was read all the same.");
    }
}
