using System.Buffers;
using ImrParsing.Text;

namespace ImrParsing.Tokenizing;

/// <summary>
/// The tokenizer's output: the non-blank lines of a text and the offsets where its lines start.
/// Both live in pooled arrays; dispose to return them.
/// </summary>
internal sealed class LineTokens : IDisposable
{
    private Line[] _lines;
    private int[] _lineStarts;

    internal LineTokens(string text, int expectedLines)
    {
        Text = text;
        _lines = ArrayPool<Line>.Shared.Rent(expectedLines);
        _lineStarts = ArrayPool<int>.Shared.Rent(expectedLines * 2);
    }

    /// <summary>The text that was tokenized.</summary>
    public string Text { get; }

    /// <summary>The number of non-blank lines.</summary>
    public int Count { get; private set; }

    /// <summary>The number of lines, blank ones included.</summary>
    public int LineCount { get; private set; }

    /// <summary>The non-blank lines, in order.</summary>
    public ReadOnlySpan<Line> Lines => _lines.AsSpan(0, Count);

    /// <summary>The lines, for the grammar's passes that refine their kinds.</summary>
    internal Span<Line> MutableLines => _lines.AsSpan(0, Count);

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) GetLinePosition(int offset) => SourceText.LinePosition(_lineStarts.AsSpan(0, LineCount), offset);

    /// <summary>A span with its line and column.</summary>
    public TextSpan GetSpan(int start, int length)
    {
        var (line, column) = GetLinePosition(start);
        return new TextSpan(start, length, line, column);
    }

    /// <summary>A span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public TextSpan GetSpanFromBounds(int start, int end) => GetSpan(start, end - start);

    /// <summary>A <see cref="SourceText"/> that keeps this text's line table after the tokens are disposed.</summary>
    public SourceText ToSourceText() => SourceText.FromLineStarts(Text, _lineStarts.AsSpan(0, LineCount).ToArray());

    /// <inheritdoc />
    public void Dispose()
    {
        if (_lines.Length > 0)
        {
            ArrayPool<Line>.Shared.Return(_lines);
            ArrayPool<int>.Shared.Return(_lineStarts);
            _lines = [];
            _lineStarts = [];
            Count = 0;
            LineCount = 0;
        }
    }

    internal void AddLine(Line line)
    {
        if (Count == _lines.Length)
        {
            _lines = Grow(_lines);
        }

        _lines[Count++] = line;
    }

    internal void AddLineStart(int offset)
    {
        if (LineCount == _lineStarts.Length)
        {
            _lineStarts = Grow(_lineStarts);
        }

        _lineStarts[LineCount++] = offset;
    }

    private static T[] Grow<T>(T[] array)
    {
        var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.CopyTo(larger, 0);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }
}
