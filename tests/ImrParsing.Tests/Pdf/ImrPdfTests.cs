using System.Text;
using ImrParsing.Pdf;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Pdf;

public sealed class ImrPdfTests
{
    private static string PdfPathOf(string name) => Path.ChangeExtension(Infrastructure.Corpus.PathOf(name), ".pdf");

    [Fact]
    public void A_published_pdf_gives_the_letter_its_text_file_gives()
    {
        var fromPdf = ImrPdf.Parse(PdfPathOf("dwc-2016/CM16-0213037"));
        var fromText = ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"));

        fromPdf.Document.Header!.CaseNumber!.Value.ShouldBe("CM16-0213037");
        fromPdf.Document.Header.ApplicationReceived!.Value.Value.ShouldBe(fromText.Header!.ApplicationReceived!.Value.Value);
        fromPdf.Document.Items.Select(item => (item.Request!.Value, item.Decision!.Value.Value))
            .ShouldBe(fromText.Items.Select(item => (item.Request!.Value, item.Decision!.Value.Value)));
        fromPdf.Document.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_corpus_pdf_gives_the_values_its_text_file_gives(string name)
    {
        var fromPdf = ImrPdf.Parse(PdfPathOf(name)).Document;
        var fromText = ImrDocument.Parse(Infrastructure.Corpus.Read(name));

        // Spans and exact source text differ between extractors; the interpreted values must not.
        ValuesOf(fromPdf).ShouldBe(ValuesOf(fromText));
        fromPdf.Layout.ShouldBe(fromText.Layout);
        fromPdf.Diagnostics.Select(diagnostic => diagnostic.Code).ShouldBe(fromText.Diagnostics.Select(diagnostic => diagnostic.Code));
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_value_is_on_the_page_pdftotext_puts_it_on(string name)
    {
        var pdf = ImrPdf.Parse(PdfPathOf(name));
        string text = Infrastructure.Corpus.Read(name);
        var fromText = ImrDocument.Parse(text);

        // pdftotext ends each page with a form feed: a value's page there is one more than the
        // form feeds before it. The PDF reader must put each value on that same page.
        var expected = DocumentWalker.Values(fromText).Where(found => found.Value is not null)
            .Select(found => (found.Path, Page: 1 + text.AsSpan(0, found.Span.Start).Count('\f')));
        var actual = DocumentWalker.Values(pdf.Document).Where(found => found.Value is not null)
            .Select(found => (found.Path, Page: pdf.GetPageNumber(found.Span)));

        actual.ShouldBe(expected);
        pdf.PageCount.ShouldBe(text.Count(c => c == '\f')); // pdftotext ends every page, even an empty one, with a form feed

    }

    [Fact]
    public void Values_on_later_pages_know_their_page()
    {
        var pdf = ImrPdf.Parse(PdfPathOf("dwc-2016/CM16-0213037"));
        var lastItem = pdf.Document.Items[^1];

        pdf.GetPageNumber(pdf.Document.Header!.CaseNumber!.Span).ShouldBe(1);
        pdf.GetPageRange(lastItem.Span).Last.ShouldBe(pdf.PageCount);
        pdf.Text.GetPage(pdf.GetPageNumber(lastItem.Request!.Span)).ShouldContain(lastItem.Request.Text!);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_invalid_data()
    {
        using var notPdf = new MemoryStream(Encoding.UTF8.GetBytes(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037")));

        var exception = Should.Throw<InvalidDataException>(() => ImrPdf.Parse(notPdf));

        exception.Message.ShouldStartWith("Not a PDF that can be read");
        exception.InnerException.ShouldNotBeNull();
    }

    [Fact]
    public void Pdf_files_are_known_by_their_first_bytes()
    {
        ImrPdf.IsPdf(File.ReadAllBytes(PdfPathOf("dwc-2016/CM16-0213037")).AsSpan(0, 8)).ShouldBeTrue();
        ImrPdf.IsPdf(Encoding.UTF8.GetBytes("Case Number:")).ShouldBeFalse();
        ImrPdf.IsPdf([]).ShouldBeFalse();
    }

    private static List<(string Path, string Value)> ValuesOf(ImrDocument document) =>
        DocumentWalker.Values(document)
            .Where(found => found.Value is not null)
            .Select(found => (found.Path, Convert.ToString(found.Value, System.Globalization.CultureInfo.InvariantCulture)!))
            .ToList();
}
