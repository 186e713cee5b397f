using ImrParsing.Diagnostics;
using ImrParsing.Json;
using ImrParsing.Syntax;
using System.Text.Json;

namespace ImrParsing.Tests.Corpus;

/// <summary>
/// The diagnostics of the semantic readers on variants of real letters (no real letter of the
/// corpus concludes against its decision), and the JSON names of the fields.
/// </summary>
public sealed class ConclusionDiagnosticTests
{
    [Fact]
    public void An_upheld_item_whose_rationale_concludes_medically_necessary_is_reported()
    {
        // CM16-0213037 item 1 ends "... is determined to be not\nmedically necessary."; the variant drops the "not".
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        string variant = letter.Replace("determined to be not\nmedically necessary.\nMRI of the cervical", "determined to be\nmedically necessary.\nMRI of the cervical", StringComparison.Ordinal);
        variant.ShouldNotBe(letter);

        var document = ImrDocument.Parse(variant);

        var item = document.Items[0];
        item.Decision!.Value.Value.ShouldBe(Decision.Upheld);
        item.Rationale!.Conclusion!.Value.Value.ShouldBe(RationaleConclusion.MedicallyNecessary);
        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(ImrDiagnostics.ConclusionContradictsDecision.Code);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Span.ShouldBe(item.Rationale.Conclusion.Value.Span);
        diagnostic.Message.ShouldBe("Item 1 is Upheld, but its rationale concludes that the request is medically necessary: \"medically necessary\"");
    }

    [Fact]
    public void An_overturned_item_whose_rationale_concludes_not_medically_necessary_is_reported()
    {
        // CM16-0229336 item 1, Overturned, ends "fracture, is medically necessary."; the variant adds "not".
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0229336");
        string variant = letter.Replace("fracture, is medically necessary.", "fracture, is not medically necessary.", StringComparison.Ordinal);
        variant.ShouldNotBe(letter);

        var document = ImrDocument.Parse(variant);

        document.Items[0].Decision!.Value.Value.ShouldBe(Decision.Overturned);
        var diagnostic = document.Diagnostics.Where(d => d.Code == ImrDiagnostics.ConclusionContradictsDecision.Code).ShouldHaveSingleItem();
        diagnostic.Message.ShouldContain("Item 1 is Overturned");
        variant.Substring(diagnostic.Span.Start, diagnostic.Span.Length).ShouldBe("not medically necessary");
    }

    [Fact]
    public void A_rationale_without_a_conclusion_is_reported_as_information()
    {
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        string variant = letter.Replace("is determined to be not\nmedically necessary.\nMRI of the cervical", "is denied.\nMRI of the cervical", StringComparison.Ordinal);
        variant.ShouldNotBe(letter);

        var document = ImrDocument.Parse(variant);

        document.Items[0].Rationale!.Conclusion.ShouldBeNull();
        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(ImrDiagnostics.NoConclusion.Code);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
    }

    [Fact]
    public void The_contract_names_hold_in_the_JSON()
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0229336"));
        using var json = JsonDocument.Parse(ImrJson.Serialize(document));
        var item = json.RootElement.GetProperty("items")[0];

        var claims = item.GetProperty("claimsAdministratorGuideline");
        claims.GetProperty("noEvidenceCited").GetBoolean().ShouldBeFalse();
        claims.GetProperty("outsideMtus").GetBoolean().ShouldBeTrue();
        var citation = claims.GetProperty("citations").EnumerateArray().ShouldHaveSingleItem();
        citation.GetProperty("mtus").GetBoolean().ShouldBeFalse();
        citation.GetProperty("title").GetProperty("value").GetString().ShouldBe("Official Disability Guidelines");
        citation.GetProperty("year").GetProperty("value").GetInt32().ShouldBe(2016);
        citation.GetProperty("chapterName").ValueKind.ShouldBe(JsonValueKind.Null);
        citation.GetProperty("text").GetProperty("value").GetString().ShouldBe("Official Disability Guidelines, 2016, Web Version, Criteria for skilled nursing facility");
        foreach (string name in new[] { "year", "chapter", "chapterName", "sections", "pages", "effectiveDate", "span" })
        {
            citation.TryGetProperty(name, out _).ShouldBeTrue(name);
        }

        var conclusion = item.GetProperty("rationale").GetProperty("conclusion");
        conclusion.GetProperty("value").GetString().ShouldBe("medicallyNecessary");
        conclusion.GetProperty("text").GetString().ShouldBe("medically necessary");

        var mtus = JsonDocument.Parse(ImrJson.Serialize(ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"))))
            .RootElement.GetProperty("items")[0].GetProperty("maximusGuideline").GetProperty("citations")[0];
        mtus.GetProperty("mtus").GetBoolean().ShouldBeTrue();
        mtus.GetProperty("title").GetProperty("value").GetString().ShouldBe("Shoulder Complaints");
        mtus.GetProperty("year").GetProperty("value").GetInt32().ShouldBe(2004);
        mtus.GetProperty("sections")[0].GetProperty("value").GetString().ShouldBe("Special Studies");
    }

    [Fact]
    public void A_rationale_that_states_another_judgement_concludes_with_it()
    {
        // Constructed variant: the closing sentence of CM16-0213037 item 1 says "is not indicated".
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        string variant = letter.Replace("is determined to be not\nmedically necessary.\nMRI of the cervical", "is not indicated at\nthis time.\nMRI of the cervical", StringComparison.Ordinal);
        variant.ShouldNotBe(letter);

        var document = ImrDocument.Parse(variant);

        var conclusion = document.Items[0].Rationale!.Conclusion.ShouldNotBeNull();
        conclusion.Value.ShouldBe(RationaleConclusion.NotMedicallyNecessary);
        conclusion.Text.ShouldBe("not indicated");
        document.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_request_that_names_no_known_service_is_reported_as_information_with_its_words()
    {
        // Constructed variant: item 1's request names nothing the classifier knows.
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        string variant = letter.Replace("MRI of the right shoulder without contrast: Upheld", "Zorbex regimen for the right shoulder: Upheld", StringComparison.Ordinal);
        variant.ShouldNotBe(letter);

        var document = ImrDocument.Parse(variant);

        document.Items[0].Details!.Service.ShouldBeNull();
        var diagnostic = document.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(ImrDiagnostics.UnknownService.Code);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Info);
        diagnostic.Span.ShouldBe(document.Items[0].Request!.Span);
        diagnostic.Message.ShouldBe("The request of item 1 names no service the parser knows, so its service is not read: \"Zorbex regimen for the right sho…\"");
    }
}
