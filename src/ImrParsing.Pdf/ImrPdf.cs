using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ImrParsing.Pdf;

/// <summary>
/// Reads IMR letters from their published PDFs. The DWC publishes them encrypted with an empty
/// password; PdfPig opens them and extracts each page's text in content order. Pages are joined
/// with a line break and a form feed, as pdftotext joins them.
/// </summary>
public static class ImrPdf
{
    /// <summary>The text of the PDF, page by page.</summary>
    public static string ExtractText(Stream pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        using var document = PdfDocument.Open(pdf, new ParsingOptions { Password = string.Empty });
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            if (text.Length > 0)
            {
                text.Append("\n\f");
            }

            text.Append(ContentOrderTextExtractor.GetText(page));
        }

        return text.ToString();
    }

    /// <summary>The text of the PDF at <paramref name="path"/>, page by page.</summary>
    public static string ExtractText(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return ExtractText(stream);
    }

    /// <summary>Extracts the PDF's text and parses it.</summary>
    /// <exception cref="ImrParseException">The PDF's text is not an IMR letter.</exception>
    public static ImrDocument Parse(Stream pdf) => ImrDocument.Parse(ExtractText(pdf));

    /// <summary>Extracts the text of the PDF at <paramref name="path"/> and parses it.</summary>
    /// <exception cref="ImrParseException">The PDF's text is not an IMR letter.</exception>
    public static ImrDocument Parse(string path) => ImrDocument.Parse(ExtractText(path));
}
