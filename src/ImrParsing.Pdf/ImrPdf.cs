using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ImrParsing.Pdf;

/// <summary>
/// Reads IMR letters from their published PDFs. The DWC publishes them encrypted with an empty
/// password; PdfPig opens them and extracts each page's text in content order. Pages are joined
/// with a line break and a form feed, as pdftotext joins them, and <see cref="PdfText"/> keeps
/// where each page starts so that spans map back to pages.
/// </summary>
public static class ImrPdf
{
    /// <summary>The text of the PDF, page by page, with where each page starts.</summary>
    /// <exception cref="InvalidDataException">The stream is not a PDF that can be read.</exception>
    public static PdfText ExtractPages(Stream pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { Password = string.Empty });
            var text = new PdfTextBuilder();
            foreach (var page in document.GetPages())
            {
                text.AddPage(ContentOrderTextExtractor.GetText(page));
            }

            return text.ToPdfText();
        }
        catch (Exception exception) when (IsUnreadablePdf(exception))
        {
            // PdfPig reports damaged files with exceptions of its own (and sometimes the runtime's):
            // callers get one documented type, with PdfPig's as the inner exception.
            throw new InvalidDataException($"Not a PDF that can be read: {exception.Message}", exception);
        }
    }

    /// <summary>The text of the PDF at <paramref name="path"/>, page by page, with where each page starts.</summary>
    /// <exception cref="InvalidDataException">The file is not a PDF that can be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PdfText ExtractPages(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return ExtractPages(stream);
    }

    /// <summary>The text of the PDF, its pages joined with a line break and a form feed.</summary>
    /// <exception cref="InvalidDataException">The stream is not a PDF that can be read.</exception>
    public static string ExtractText(Stream pdf) => ExtractPages(pdf).Text;

    /// <summary>The text of the PDF at <paramref name="path"/>, its pages joined with a line break and a form feed.</summary>
    /// <exception cref="InvalidDataException">The file is not a PDF that can be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ExtractText(string path) => ExtractPages(path).Text;

    /// <summary>Extracts the PDF's text and parses it.</summary>
    /// <exception cref="InvalidDataException">The stream is not a PDF that can be read.</exception>
    /// <exception cref="ImrParseException">The PDF's text is not an IMR letter.</exception>
    public static ImrPdfDocument Parse(Stream pdf) => Parse(ExtractPages(pdf));

    /// <summary>Extracts the text of the PDF at <paramref name="path"/> and parses it.</summary>
    /// <exception cref="InvalidDataException">The file is not a PDF that can be read.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ImrParseException">The PDF's text is not an IMR letter.</exception>
    public static ImrPdfDocument Parse(string path) => Parse(ExtractPages(path));

    /// <summary>Parses text already extracted from a PDF.</summary>
    /// <exception cref="ImrParseException">The text is not an IMR letter.</exception>
    public static ImrPdfDocument Parse(PdfText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ImrPdfDocument(ImrDocument.Parse(text.Text), text);
    }

    /// <summary>True when <paramref name="header"/>, a file's first bytes, mark a PDF (<c>%PDF-</c>).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> header) => header.StartsWith("%PDF-"u8);

    private static bool IsUnreadablePdf(Exception exception) =>
        exception is not (IOException or OutOfMemoryException or OperationCanceledException or ArgumentNullException);
}
