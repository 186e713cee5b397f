using ImrParsing.Pdf;

namespace ImrParsing.Tests.Pdf;

/// <summary>
/// A PDF's ligature glyphs come out of the extraction as the letters they draw, so that a letter set
/// with ligatures reads as one set without them.
/// </summary>
public sealed class LigatureTests
{
    [Fact]
    public void The_pages_of_a_letter_set_with_ligatures_give_the_text_without_them_and_its_page_starts()
    {
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0229336");
        int half = letter.IndexOf('\f', StringComparison.Ordinal);
        static string Set(string text) => text.Replace("ffi", "\uFB03", StringComparison.Ordinal).Replace("fi", "\uFB01", StringComparison.Ordinal).Replace("fl", "\uFB02", StringComparison.Ordinal);
        var builder = new PdfTextBuilder();
        builder.AddPage(Set(letter[..half]));
        builder.AddPage(Set(letter[half..]));

        var pdfText = builder.ToPdfText();

        Set(letter).ShouldNotBe(letter);
        pdfText.Text.ShouldBe(letter[..half] + PdfTextBuilder.PageBreak + letter[half..]);
        pdfText.PageStarts.ShouldBe([0, half + PdfTextBuilder.PageBreak.Length]);
    }
}
