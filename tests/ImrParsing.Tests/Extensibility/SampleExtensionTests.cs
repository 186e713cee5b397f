using System.Text.Json;
using ImrParsing.Json;
using ImrParsing.Samples;
using ImrParsing.Samples.ReviewedDocuments;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Extensibility;

/// <summary>
/// The two sample extensions (samples/ImrParsing.Samples), which use the public API alone: the
/// "DOCUMENTS REVIEWED" list with dates, and "Reversed" / "is (not) medically indicated".
/// </summary>
public sealed class SampleExtensionTests
{
    private static readonly string WithDocuments = ConstructedLetters.Read(ConstructedLetters.FinalDeterminationWithDocuments);

    [Fact]
    public void The_documents_reviewed_are_read_into_a_list_with_dates()
    {
        var document = ImrDocument.Parse(WithDocuments, SampleParser.Instance);

        var extension = document.Extension("documentsReviewed").ShouldNotBeNull();
        var list = extension.GetValue(SamplesJsonContext.Default.DocumentsReviewed);
        list.Documents.Select(entry => (entry.Number!.Value.Value, entry.Title!.Value, string.Join(" to ", entry.Dates.Select(date => date.Value.ToString("yyyy-MM-dd", null)))))
            .ShouldBe(
            [
                (1, "Application for Independent Medical Review", "2014-04-02"),
                (2, "Utilization Review Determination", "2014-03-21"),
                (3, "Medical Treatment Utilization Schedule (MTUS)", ""),
                (4, "Progress reports of the primary treating physician", "2014-01-06 to 2014-03-10"),
            ]);

        // Every value points at its words; the extension's span is the section's.
        foreach (var entry in list.Documents)
        {
            WithDocuments.Substring(entry.Title!.Span.Start, entry.Title.Span.Length).ShouldBe(entry.Title.Text);
            entry.Dates.ShouldAllBe(date => WithDocuments.Substring(date.Span.Start, date.Span.Length) == date.Text);
        }

        var section = document.Sections.Single(section => section.Name == "documentsReviewed");
        extension.Span.ShouldBe(section.Span);
        document.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void The_default_parser_keeps_the_list_as_the_sections_text()
    {
        var document = ImrDocument.Parse(WithDocuments);

        document.Extensions.ShouldBeEmpty();
        document.Sections.Select(section => section.Name).ShouldContain("documentsReviewed");
    }

    [Fact]
    public void The_rest_of_the_letter_reads_as_with_the_default_parser()
    {
        var extended = ImrDocument.Parse(WithDocuments, SampleParser.Instance) with { Extensions = [] };
        var plain = ImrDocument.Parse(WithDocuments);

        ImrJson.Serialize(extended).ShouldBe(ImrJson.Serialize(plain));
    }

    [Fact]
    public void The_list_is_in_the_json_and_reads_back()
    {
        var document = ImrDocument.Parse(WithDocuments, SampleParser.Instance);

        string json = ImrJson.Serialize(document);
        var back = ImrJson.Deserialize(json);

        var value = back.Extension("documentsReviewed").ShouldNotBeNull().Value.ShouldBeOfType<JsonElement>();
        value.GetProperty("documents")[1].GetProperty("dates")[0].GetProperty("value").GetString().ShouldBe("2014-03-21");
        var list = back.Extensions[0].GetValue(SamplesJsonContext.Default.DocumentsReviewed);
        list.Documents[3].Dates[1].Value.ShouldBe(new DateOnly(2014, 3, 10));
        list.Documents[3].Title!.Value.ShouldBe("Progress reports of the primary treating physician");
        ImrJson.Serialize(back).ShouldBe(json);
    }

    [Fact]
    public void The_json_with_the_extension_matches_the_schema()
    {
        var validator = new SchemaValidator(JsonDocument.Parse(ImrJson.GetSchema()).RootElement);
        using var json = JsonDocument.Parse(ImrJson.Serialize(ImrDocument.Parse(WithDocuments, SampleParser.Instance)));

        validator.Validate(json.RootElement).ShouldBeEmpty();
    }

    [Fact]
    public void A_list_wrapped_by_an_extractor_reads_the_same()
    {
        // Constructed: the fourth entry wrapped after "physician,", as a narrow extraction does.
        string wrapped = WithDocuments.Replace("treating physician, 1/6/2014", "treating physician,\n1/6/2014", StringComparison.Ordinal);

        var list = ImrDocument.Parse(wrapped, SampleParser.Instance).Extensions[0].GetValue(SamplesJsonContext.Default.DocumentsReviewed);

        list.Documents.Length.ShouldBe(4);
        list.Documents[3].Dates.Select(date => date.Value).ShouldBe([new DateOnly(2014, 1, 6), new DateOnly(2014, 3, 10)]);
    }

    [Fact]
    public void Reversed_overturns_a_denial()
    {
        // Constructed: a real letter's "Overturned" written "Reversed".
        string text = Infrastructure.Corpus.Read("dwc-2016/CM16-0230548").Replace(": Overturned", ": Reversed", StringComparison.Ordinal);

        var item = ImrDocument.Parse(text, SampleParser.Instance).Items[1];
        var plain = ImrDocument.Parse(text).Items[1];

        item.Decision!.Value.Value.ShouldBe(Decision.Overturned);
        item.Decision.Value.Text.ShouldBe("Reversed");
        item.Request!.Value.ShouldBe("Acupuncture 3 times a week for 2 weeks, neck, right hand and head");
        plain.Decision.ShouldBeNull("the default parser knows no such word");
    }

    [Fact]
    public void A_missing_decision_is_reported_with_the_parsers_own_words()
    {
        // Constructed: a real letter's decision word lost.
        string text = Infrastructure.Corpus.Read("dwc-2016/CM16-0230548").Replace(": Overturned", ":", StringComparison.Ordinal);

        var diagnostic = ImrDocument.Parse(text, SampleParser.Instance).Diagnostics.Single(diagnostic => diagnostic.Code == "IMR5001");

        diagnostic.Message.ShouldBe("Expected the decision (\": Upheld\", \": Overturned\" or \": Reversed\") after the request of item 2.");
    }

    [Fact]
    public void Medically_indicated_decides_a_numbered_decision()
    {
        // Constructed: the older layout's verdicts written "is (not) medically indicated".
        string text = WithDocuments
            .Replace("is not medically necessary and\nappropriate", "is not medically indicated and\nappropriate", StringComparison.Ordinal)
            .Replace("is medically necessary and appropriate", "is medically indicated and appropriate", StringComparison.Ordinal);

        var items = ImrDocument.Parse(text, SampleParser.Instance).Items;
        var plain = ImrDocument.Parse(text);

        items.Select(item => (item.Request!.Value, item.Decision!.Value.Value, item.Decision.Value.Text))
            .ShouldBe(
            [
                ("Physical therapy 2 times a week for 6 weeks for the right knee", Decision.Upheld, "not medically indicated"),
                ("an MRI of the right knee", Decision.Overturned, "medically indicated"),
            ]);
        plain.Items.ShouldAllBe(item => item.Decision == null);
    }
}
