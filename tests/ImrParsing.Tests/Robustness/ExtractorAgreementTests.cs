using ImrParsing.Pdf;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// The same letter through different extractors gives the same data: pdftotext's reading order
/// (CASE.txt), pdftotext -layout (CASE.layout.txt) and PdfPig's content order (read from the
/// published CASE.pdf) agree on every value of the model, spans aside.
/// </summary>
/// <remarks>
/// PdfPig takes about a tenth of a second per PDF, so the default run reads every tenth letter's
/// PDF; set IMR_ALL_PDFS=1 to read all 150 (they all agree).
/// </remarks>
public sealed class ExtractorAgreementTests
{
    /// <summary>The letters whose PDFs are read: every tenth, or all of them with IMR_ALL_PDFS=1.</summary>
    public static TheoryData<string> PdfLetterData =>
    [
        .. Infrastructure.Corpus.RealLetters.Where((_, index) => index % 10 == 0 || Environment.GetEnvironmentVariable("IMR_ALL_PDFS") == "1"),
    ];

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Reading_order_and_layout_text_give_the_same_values(string letter)
    {
        var reading = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));
        var layout = ImrDocument.Parse(Infrastructure.Corpus.Read(letter + ".layout"));

        var comparison = DocumentComparison.Compare(reading, layout);

        comparison.Differences.ShouldBeEmpty();
        comparison.Compared.ShouldBeGreaterThan(20);
    }

    [Theory]
    [MemberData(nameof(PdfLetterData))]
    public void PdfPig_text_of_the_pdf_gives_the_values_of_the_text(string letter)
    {
        var reading = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));
        var pdfPig = ImrDocument.Parse(ImrPdf.ExtractText(Infrastructure.Corpus.PathOf(letter)[..^4] + ".pdf"));

        var comparison = DocumentComparison.Compare(reading, pdfPig);

        comparison.Differences.ShouldBeEmpty();
        comparison.Compared.ShouldBeGreaterThan(20);
    }
}
