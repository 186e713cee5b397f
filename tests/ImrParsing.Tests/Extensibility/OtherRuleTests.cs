using ImrParsing.Json;
using ImrParsing.Samples.OtherRules;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Extensibility;

/// <summary>The other extension points of the samples: a citation form, a service rule, a header field.</summary>
public sealed class OtherRuleTests
{
    private static readonly string Letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");

    [Fact]
    public void A_citation_form_reads_a_guideline_source_the_built_in_forms_do_not()
    {
        // Constructed: the first item's MAXIMUS guideline cites the Drug Formulary, chained after an MTUS guideline.
        string text = Letter.Replace(
            "MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s):\nSpecial Studies.",
            "MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s):\nSpecial Studies, and Drug Formulary, Section(s): Opioids.",
            StringComparison.Ordinal);
        text.ShouldNotBe(Letter);
        var parser = ImrParser.CreateBuilder().AddDrugFormulary().Build();

        var citations = ImrDocument.Parse(text, parser).Items[0].MaximusGuideline!.Citations;
        var plain = ImrDocument.Parse(text);

        citations.Select(citation => (citation.Title?.Value, string.Join("; ", citation.Sections.Select(section => section.Value))))
            .ShouldBe([("Shoulder Complaints", "Special Studies"), ("Drug Formulary", "Opioids")]);

        // Without the form, the chained citation is read as sections of the first.
        plain.Items[0].MaximusGuideline!.Citations.ShouldHaveSingleItem().Sections.Select(section => section.Value)
            .ShouldBe(["Special Studies", "Drug Formulary", "Section(s): Opioids"]);
    }

    [Fact]
    public void A_service_rule_before_a_broader_one()
    {
        var parser = ImrParser.CreateBuilder().AddTelemedicine().Build();

        parser.Requests.Read("Telehealth consultation with pain management").Service!.Value.Value.ShouldBe("telemedicine");
        ImrParser.Default.Requests.Read("Telehealth consultation with pain management").Service!.Value.Value.ShouldBe("consultation");
        parser.Requests.Read("Orthopedic consultation").Service!.Value.Value.ShouldBe("consultation");
    }

    [Fact]
    public void A_header_field_lands_in_the_extensions_with_its_span()
    {
        // Constructed: a label the 2016 letters do not have, added under the table.
        string text = Letter.Replace("11/03/2016\n11/03/2016\n", "11/03/2016\n11/03/2016\nDate of Review: 12/08/2016\n", StringComparison.Ordinal);
        text.ShouldNotBe(Letter);
        var parser = ImrParser.CreateBuilder().AddDateOfReview().Build();

        var document = ImrDocument.Parse(text, parser);
        var plain = ImrDocument.Parse(text);

        var extension = document.Extension("dateOfReview").ShouldNotBeNull();
        var date = extension.Value.ShouldBeOfType<Spanned<DateOnly>>();
        date.Value.ShouldBe(new DateOnly(2016, 12, 8));
        text.Substring(extension.Span.Start, extension.Span.Length).ShouldBe("12/08/2016");
        document.Header!.DecisionDate!.Value.Value.ShouldBe(new DateOnly(2016, 12, 9));
        // The default parser keeps the line as unpaired values; the extended one draws no more warnings than the letter without it.
        document.Diagnostics.Select(diagnostic => diagnostic.Code).ShouldBe(ImrDocument.Parse(Letter).Diagnostics.Select(diagnostic => diagnostic.Code));
        plain.Diagnostics.Count(diagnostic => diagnostic.Code == "IMR2003").ShouldBe(4);
        ImrJson.Serialize(document).ShouldContain("\"name\":\"dateOfReview\",\"value\":{\"value\":\"2016-12-08\",\"text\":\"12/08/2016\"");
    }
}
