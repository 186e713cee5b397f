using System.Text.Json;
using ImrParsing.Json;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Json;

public sealed class ImrJsonRoundTripTests
{
    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_corpus_document_reads_back_from_its_json(string name)
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read(name));
        string json = ImrJson.Serialize(document);

        var back = ImrJson.Deserialize(json);

        // Every value, with its path and span, comes back; text values keep their canonical
        // value (the exact source text is not in the JSON, so Text is null after the trip).
        DocumentWalker.Values(back).Select(Comparable).ShouldBe(DocumentWalker.Values(document).Select(Comparable));
        back.Diagnostics.ShouldBe(document.Diagnostics);
        back.Layout.ShouldBe(document.Layout);
        ImrJson.Serialize(back).ShouldBe(json);
        back.Source.ShouldBeNull();
    }

    [Fact]
    public void Typed_values_keep_their_source_text_through_json()
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"));

        var back = ImrJson.Deserialize(ImrJson.Serialize(document, indented: true));

        back.Header!.DecisionDate!.Value.ShouldBe(document.Header!.DecisionDate!.Value);
        back.Header.DecisionDate.Value.Text.ShouldBe("12/09/2016");
        back.Items[0].Request!.Text.ShouldBeNull();
        back.Items[0].Request!.Value.ShouldBe(document.Items[0].Request!.Value);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"items\": [{\"request\": 42}]}")]
    [InlineData("{\"header\": {\"caseNumber\": {\"span\": {\"start\": 0}}}}")]
    public void Json_that_is_not_a_document_is_a_json_exception(string json) =>
        Should.Throw<JsonException>(() => ImrJson.Deserialize(json));

    private static (string Path, object? Value, int Start, int Length, int Line, int Column) Comparable(FoundValue found) =>
        (found.Path, found.Value, found.Span.Start, found.Span.Length, found.Span.Line, found.Span.Column);
}
