using ImrParsing.Diagnostics;

namespace ImrParsing.Tests.Corpus;

/// <summary>Real letters with a part cut out: what can be read is read, and diagnostics say what is missing.</summary>
public sealed class DamagedLetterTests
{
    private static readonly string Letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");

    private static string[] Codes(ImrDocument document) => document.Diagnostics.Select(d => d.Code).ToArray();

    [Fact]
    public void The_undamaged_letter_has_no_warnings() =>
        ImrDocument.Parse(Letter).Diagnostics.ShouldNotContain(d => d.Severity != DiagnosticSeverity.Info);

    [Fact]
    public void A_missing_section_is_reported_and_the_rest_is_read()
    {
        int start = Letter.IndexOf("CLINICAL CASE SUMMARY", StringComparison.Ordinal);
        int end = Letter.IndexOf("IMR ISSUES, DECISIONS", StringComparison.Ordinal);
        string damaged = Letter.Remove(start, end - start);

        var document = ImrDocument.Parse(damaged);

        document.CaseSummary.ShouldBeNull();
        document.Items.Length.ShouldBe(2);
        document.Reviewer!.Specialties.ShouldHaveSingleItem().Value.ShouldBe("Family Practice");
        var missing = document.Diagnostics.ShouldHaveSingleItem();
        missing.Code.ShouldBe(ImrDiagnostics.MissingSection.Code);
        missing.Message.ShouldBe("Expected the CLINICAL CASE SUMMARY heading; the letter has no caseSummary section.");
        missing.Span.Start.ShouldBe(damaged.IndexOf("IMR ISSUES", StringComparison.Ordinal));
    }

    [Fact]
    public void A_letter_truncated_in_an_item_keeps_the_items_before_it()
    {
        string damaged = Letter[..(Letter.IndexOf("MAXIMUS guideline: Decision based on MTUS Neck", StringComparison.Ordinal) + 30)];

        var document = ImrDocument.Parse(damaged);

        document.Items.Length.ShouldBe(2);
        document.Items[0].Rationale.ShouldNotBeNull();
        document.Items[1].Rationale.ShouldBeNull();
        // What is left of the MAXIMUS guideline ("Decision b") is no citation: kept in its text, with a warning.
        Codes(document).ShouldBe([ImrDiagnostics.MissingItemPart.Code, ImrDiagnostics.UnreadGuidelineText.Code, ImrDiagnostics.Truncated.Code]);
        document.Diagnostics[0].Message.ShouldBe("Item 2 has no \"Decision rationale\" part.");
        document.Items[1].MaximusGuideline!.Citations.ShouldBeEmpty();
    }

    [Fact]
    public void An_item_without_its_guideline_lines_is_read_with_warnings()
    {
        int start = Letter.IndexOf("Claims Administrator guideline: Decision based on MTUS Shoulder", StringComparison.Ordinal);
        int end = Letter.IndexOf("Decision rationale:", start, StringComparison.Ordinal);
        var document = ImrDocument.Parse(Letter.Remove(start, end - start));

        document.Items.Length.ShouldBe(2);
        document.Items[0].ClaimsAdministratorGuideline.ShouldBeNull();
        document.Items[0].MaximusGuideline.ShouldBeNull();
        document.Items[0].Rationale.ShouldNotBeNull();
        Codes(document).ShouldBe([ImrDiagnostics.MissingItemPart.Code, ImrDiagnostics.MissingItemPart.Code]);
    }

    [Fact]
    public void An_item_whose_decision_word_is_lost_is_read_with_a_warning()
    {
        var document = ImrDocument.Parse(Letter.Replace("MRI of the cervical spine without contrast: Upheld", "MRI of the cervical spine without contrast:", StringComparison.Ordinal));

        document.Items.Length.ShouldBe(2);
        document.Items[1].Request!.Value.ShouldBe("MRI of the cervical spine without contrast");
        document.Items[1].Decision.ShouldBeNull();
        Codes(document).ShouldBe([ImrDiagnostics.MissingDecision.Code]);
    }

    [Fact]
    public void A_repeated_heading_is_reported_and_its_items_are_kept()
    {
        int split = Letter.IndexOf("MRI of the cervical spine without contrast: Upheld", StringComparison.Ordinal);
        var document = ImrDocument.Parse(Letter.Insert(split, "IMR ISSUES, DECISIONS AND RATIONALES\n"));

        document.Items.Select(item => item.Number).ShouldBe([1, 2]);
        Codes(document).ShouldBe([ImrDiagnostics.RepeatedSection.Code]);
    }

    [Fact]
    public void Sections_out_of_order_are_read_and_reported()
    {
        int summary = Letter.IndexOf("CLINICAL CASE SUMMARY", StringComparison.Ordinal);
        int decisions = Letter.IndexOf("IMR ISSUES, DECISIONS", StringComparison.Ordinal);
        string reordered = Letter[..summary] + Letter[decisions..] + "\n" + Letter[summary..decisions];

        var document = ImrDocument.Parse(reordered);

        document.Items.Length.ShouldBe(2);
        document.CaseSummary!.Patient.Age!.Value.Value.ShouldBe(48);
        document.Diagnostics.ShouldContain(d => d.Code == ImrDiagnostics.SectionOutOfOrder.Code);
    }

    [Fact]
    public void Text_before_the_first_heading_that_is_no_header_is_kept_as_unrecognized()
    {
        string text = "Some cover page text\n" + Letter[Letter.IndexOf("HOW THE IMR", StringComparison.Ordinal)..];

        var document = ImrDocument.Parse(text);

        document.Header.ShouldBeNull();
        document.Unrecognized.ShouldHaveSingleItem().Text.Value.ShouldBe("Some cover page text");
        document.Sections[0].Name.ShouldBe("preamble");
        Codes(document).ShouldBe([ImrDiagnostics.UnrecognizedText.Code]);
    }

    [Fact]
    public void A_header_value_of_the_wrong_kind_is_reported()
    {
        string layout = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037.layout");

        var document = ImrDocument.Parse(layout.Replace("Date Assigned:        11/09/2016", "Date Assigned:        pending", StringComparison.Ordinal));

        document.Header!.DateAssigned.ShouldBeNull();
        document.Header.DateOfInjury!.Value.Value.ShouldBe(new DateOnly(2016, 10, 13));
        var diagnostic = document.Diagnostics.First();
        diagnostic.Code.ShouldBe(ImrDiagnostics.InvalidHeaderValue.Code);
        diagnostic.Message.ShouldBe("Expected a date such as 11/09/2016 for \"Date Assigned\", found \"pending\".");
        document.Unrecognized.ShouldHaveSingleItem().Section.ShouldBe("preamble");
    }

    [Fact]
    public void Every_diagnostic_code_is_documented()
    {
        string page = File.ReadAllText(Infrastructure.Repository.PathOf("docs", "diagnostics.md"));

        foreach (var descriptor in ImrDiagnostics.All)
        {
            page.ShouldContain($"`{descriptor.Code}`");
        }

        ImrDiagnostics.All.Select(d => d.Code).ShouldBeUnique();
        ImrDiagnostics.All.Select(d => d.Code).ShouldBe(ImrDiagnostics.All.Select(d => d.Code).Order(StringComparer.Ordinal));
    }
}
