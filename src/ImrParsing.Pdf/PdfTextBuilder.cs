using System.Collections.Immutable;
using System.Text;
using ImrParsing.Text;

namespace ImrParsing.Pdf;

/// <summary>Joins pages' texts into one <see cref="PdfText"/>, noting where each starts.</summary>
internal sealed class PdfTextBuilder
{
    /// <summary>What comes between two pages: a line break and a form feed, as pdftotext writes.</summary>
    public const string PageBreak = "\n\f";

    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<int>.Builder _starts = ImmutableArray.CreateBuilder<int>();

    /// <summary>Adds a page's text, its ligatures written out (<see cref="Ligatures"/>).</summary>
    public void AddPage(string page)
    {
        if (_starts.Count > 0)
        {
            _text.Append(PageBreak);
        }

        _starts.Add(_text.Length);
        _text.Append(Ligatures.WrittenOut(page));
    }

    public PdfText ToPdfText()
    {
        if (_starts.Count == 0)
        {
            _starts.Add(0);
        }

        return new PdfText(_text.ToString(), _starts.ToImmutable());
    }
}
