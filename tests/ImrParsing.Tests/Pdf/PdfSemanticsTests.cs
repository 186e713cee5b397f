using ImrParsing.Pdf;

namespace ImrParsing.Tests.Pdf;

/// <summary>
/// The case summary's dates and patient read from the published PDF (PdfPig's text) are those of
/// pdftotext's text. All 150 letters agree (checked once, 30 s); these are the ones whose forms an
/// extractor is most likely to change: dates broken at a line end, a date split after its second
/// slash, named dates, a term written "IW" beside its words, lists with semicolons.
/// </summary>
public sealed class PdfSemanticsTests
{
    [Theory]
    [InlineData("dwc-2016/CM16-0229336")]
    [InlineData("dwc-2016/CM17-0007886")]
    [InlineData("dwc-2016/CM17-0016204")]
    [InlineData("dwc-2016/CM17-0018279")]
    [InlineData("dwc-2016/CM16-0234464")]
    [InlineData("dwc-2016/CM16-0219557")]
    [InlineData("dwc-2016/CM16-0230548")]
    [InlineData("dwc-2016/CM16-0249536")]
    [InlineData("dwc-2016/CM17-0019218")]
    public void A_pdf_gives_the_same_dates_and_patient_as_the_text(string letter)
    {
        var fromPdf = ImrPdf.Parse(Infrastructure.Corpus.PathOf(letter)[..^4] + ".pdf").Document.CaseSummary.ShouldNotBeNull();
        var fromText = ImrDocument.Parse(Infrastructure.Corpus.Read(letter)).CaseSummary.ShouldNotBeNull();

        (fromPdf.DateOfInjury?.Value).ShouldBe(fromText.DateOfInjury?.Value);
        fromPdf.Dates.Select(date => date.Value).ShouldBe(fromText.Dates.Select(date => date.Value));
        (fromPdf.Patient.Term?.Value).ShouldBe(fromText.Patient.Term?.Value);
        fromPdf.Patient.Diagnoses.Select(diagnosis => diagnosis.Value).ShouldBe(fromText.Patient.Diagnoses.Select(diagnosis => diagnosis.Value));
    }
}
