using ImrParsing.Text;

namespace ImrParsing.Pdf;

/// <summary>
/// A letter read from a PDF: the parsed <see cref="Document"/> and the <see cref="Text"/> it was
/// parsed from, which knows where each page starts, so that every span of the document maps to
/// its page (<c>pdf.GetPageNumber(item.Request.Span)</c>).
/// </summary>
public sealed class ImrPdfDocument
{
    /// <summary>Pairs a document with the PDF text it was parsed from.</summary>
    /// <exception cref="ArgumentException">The document was not parsed from <paramref name="text"/>.</exception>
    public ImrPdfDocument(ImrDocument document, PdfText text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        if (document.Source is { } source && !ReferenceEquals(source.Text, text.Text) && source.Text != text.Text)
        {
            throw new ArgumentException("The document was parsed from another text: its spans would point to the wrong pages.", nameof(document));
        }

        Document = document;
        Text = text;
    }

    /// <summary>The parsed letter; its spans are offsets into <see cref="PdfText.Text"/>.</summary>
    public ImrDocument Document { get; }

    /// <summary>The PDF's text, page by page.</summary>
    public PdfText Text { get; }

    /// <summary>The number of pages of the PDF.</summary>
    public int PageCount => Text.PageCount;

    /// <summary>The 1-based page where <paramref name="span"/> starts.</summary>
    public int GetPageNumber(TextSpan span) => Text.GetPageNumber(span);

    /// <summary>The pages <paramref name="span"/> covers.</summary>
    public PdfPageRange GetPageRange(TextSpan span) => Text.GetPageRange(span);
}
