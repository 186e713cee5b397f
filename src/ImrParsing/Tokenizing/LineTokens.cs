using System.Buffers;
using ImrParsing.Text;

namespace ImrParsing.Tokenizing;

/// <summary>
/// The tokenizer's output: the non-blank lines of a text and the offsets where its lines start.
/// Both live in pooled arrays; dispose to return them.
/// </summary>
internal sealed class LineTokens : IDisposable
{
    // How many lines from the cursor a lookup tries before it searches.
    private const int CursorReach = 3;

    private Line[] _lines;
    private int[] _lineStarts;
    private int[] _refineCandidates;
    private int _refineCount;

    // The line of the last lookup (GetLinePosition).
    private int _cursor;

    internal LineTokens(string text, int expectedLines)
    {
        Text = text;
        _lines = ArrayPool<Line>.Shared.Rent(expectedLines);
        _lineStarts = ArrayPool<int>.Shared.Rent(expectedLines * 2);
        _refineCandidates = ArrayPool<int>.Shared.Rent(expectedLines);
    }

    /// <summary>The text that was tokenized.</summary>
    public string Text { get; }

    /// <summary>
    /// The spaces <see cref="ReadableText"/> moved when <see cref="Text"/> was read from the input
    /// (null when none was): spans are made at the input's offsets.
    /// </summary>
    public MovedSpaces? Moved { get; init; }

    /// <summary>The number of non-blank lines.</summary>
    public int Count { get; private set; }

    /// <summary>The number of lines, blank ones included.</summary>
    public int LineCount { get; private set; }

    /// <summary>The non-blank lines, in order.</summary>
    public ReadOnlySpan<Line> Lines => _lines.AsSpan(0, Count);

    /// <summary>The lines, for the grammar's passes that refine their kinds.</summary>
    internal Span<Line> MutableLines => _lines.AsSpan(0, Count);

    /// <summary>The indexes of the lines the classifier's second pass may join with the lines after them, in order.</summary>
    internal ReadOnlySpan<int> RefineCandidates => _refineCandidates.AsSpan(0, _refineCount);

    /// <summary>The offsets where the lines start, in order.</summary>
    internal ReadOnlySpan<int> LineStarts => _lineStarts.AsSpan(0, LineCount);

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) GetLinePosition(int offset)
    {
        // Values are made mostly in order: the line of the last lookup or one of the two after it
        // holds most offsets, and only the others are searched for. The cursor is only a hint,
        // checked before it is used.
        var starts = LineStarts;
        int cursor = _cursor;
        if ((uint)cursor < (uint)starts.Length && offset >= starts[cursor])
        {
            int stop = Math.Min(cursor + CursorReach, starts.Length);
            for (int line = cursor; line < stop; line++)
            {
                if (line + 1 == starts.Length || offset < starts[line + 1])
                {
                    _cursor = line;
                    return (line + 1, offset - starts[line] + 1);
                }
            }
        }

        var position = SourceText.LinePosition(starts, offset);
        _cursor = position.Line - 1;
        return position;
    }

    /// <summary>A span of the input, with its line and column, from <paramref name="start"/> of <see cref="Text"/> for <paramref name="length"/> characters.</summary>
    public TextSpan GetSpan(int start, int length)
    {
        if (Moved is { } moved)
        {
            (start, int end) = moved.ToInput(start, start + length);
            length = end - start;
        }

        var (line, column) = GetLinePosition(start);
        return new TextSpan(start, length, line, column);
    }

    /// <summary>A span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public TextSpan GetSpanFromBounds(int start, int end) => GetSpan(start, end - start);

    /// <summary>
    /// A <see cref="SourceText"/> of <paramref name="source"/>, a text with this text's line ends at the
    /// same offsets (this text or the input it was folded from), that keeps the line table after the
    /// tokens are disposed.
    /// </summary>
    public SourceText ToSourceText(string source) => SourceText.FromLineStarts(source, LineStarts.ToArray());

    /// <inheritdoc />
    public void Dispose()
    {
        if (_lines.Length > 0)
        {
            ArrayPool<Line>.Shared.Return(_lines);
            ArrayPool<int>.Shared.Return(_lineStarts);
            ArrayPool<int>.Shared.Return(_refineCandidates);
            _lines = [];
            _lineStarts = [];
            _refineCandidates = [];
            Count = 0;
            LineCount = 0;
            _refineCount = 0;
            _cursor = 0;
        }
    }

    /// <summary>Adds a line, one the classifier's second pass may join with the lines after it unless <paramref name="mayRefine"/> is false.</summary>
    internal void AddLine(Line line, bool mayRefine = true)
    {
        if (mayRefine)
        {
            if (_refineCount == _refineCandidates.Length)
            {
                _refineCandidates = Grow(_refineCandidates);
            }

            _refineCandidates[_refineCount++] = Count;
        }

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
