using ImrParsing.Pdf;

namespace ImrParsing.Tests.Pdf;

public sealed class ImrPdfTests
{
    [Fact]
    public void A_published_pdf_gives_the_letter_its_text_file_gives()
    {
        var fromPdf = ImrPdf.Parse(Infrastructure.Corpus.PathOf("dwc-2016/CM16-0213037")[..^4] + ".pdf");
        var fromText = ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"));

        fromPdf.Header!.CaseNumber!.Value.ShouldBe("CM16-0213037");
        fromPdf.Header.ApplicationReceived!.Value.Value.ShouldBe(fromText.Header!.ApplicationReceived!.Value.Value);
        fromPdf.Items.Select(item => (item.Request!.Value, item.Decision!.Value.Value))
            .ShouldBe(fromText.Items.Select(item => (item.Request!.Value, item.Decision!.Value.Value)));
        fromPdf.Diagnostics.ShouldBeEmpty();
    }
}
