using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Pdf;

/// <summary>
/// The text of a PDF, its pages joined with a line break and a form feed (as pdftotext joins
/// them), and where each page starts in it, so that any offset or span maps back to its page.
/// </summary>
public sealed class PdfText
{
    /// <summary>Text made of pages that start at <paramref name="pageStarts"/>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="pageStarts">The offset of each page's first character, ascending, the first 0.</param>
    /// <exception cref="ArgumentException">The page starts are empty, do not start at 0, are not ascending or lie outside the text.</exception>
    public PdfText(string text, ImmutableArray<int> pageStarts)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (pageStarts.IsDefaultOrEmpty || pageStarts[0] != 0)
        {
            throw new ArgumentException("A text has at least one page, and the first starts at 0.", nameof(pageStarts));
        }

        for (int i = 1; i < pageStarts.Length; i++)
        {
            if (pageStarts[i] < pageStarts[i - 1] || pageStarts[i] > text.Length)
            {
                throw new ArgumentException("Page starts must be ascending offsets inside the text.", nameof(pageStarts));
            }
        }

        Text = text;
        PageStarts = pageStarts;
    }

    /// <summary>The whole text, the string that is parsed: spans are offsets into it.</summary>
    public string Text { get; }

    /// <summary>The offset of each page's first character; <c>PageStarts[0]</c> is 0.</summary>
    public ImmutableArray<int> PageStarts { get; }

    /// <summary>The number of pages.</summary>
    public int PageCount => PageStarts.Length;

    /// <summary>
    /// The 1-based page that holds <paramref name="offset"/>. The line break and form feed that
    /// join two pages belong to the page before; offsets past the end belong to the last page.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public int GetPageNumber(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        int index = PageStarts.AsSpan().BinarySearch(offset);

        // Not found: ~index is the first start above the offset, so the page is the one before it.
        // Found (or equal starts of empty pages): the last page starting at this offset.
        if (index < 0)
        {
            return ~index;
        }

        while (index + 1 < PageStarts.Length && PageStarts[index + 1] == offset)
        {
            index++;
        }

        return index + 1;
    }

    /// <summary>The 1-based page where <paramref name="span"/> starts.</summary>
    public int GetPageNumber(TextSpan span) => GetPageNumber(span.Start);

    /// <summary>The pages <paramref name="span"/> covers, from where it starts to its last character.</summary>
    public PdfPageRange GetPageRange(TextSpan span) =>
        new(GetPageNumber(span.Start), GetPageNumber(Math.Max(span.Start, span.End - 1)));

    /// <summary>The text of the 1-based page <paramref name="number"/>, without the line break and form feed that join it to the next.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not a page of the text.</exception>
    public string GetPage(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, PageCount);
        int start = PageStarts[number - 1];
        int end = number < PageCount ? PageStarts[number] - PdfTextBuilder.PageBreak.Length : Text.Length;
        return Text[start..Math.Max(start, end)];
    }

    /// <summary>The whole text.</summary>
    public override string ToString() => Text;
}
