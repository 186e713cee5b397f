namespace ImrParsing.Text;

/// <summary>
/// The exact string that was parsed, with a table of line starts so that any offset can be turned
/// into a 1-based line and column.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text, int[] lineStarts)
    {
        Text = text;
        _lineStarts = lineStarts;
    }

    /// <summary>The input, exactly as given.</summary>
    public string Text { get; }

    /// <summary>The length of <see cref="Text"/> in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines (an empty text has one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Makes a source text of <paramref name="text"/>.</summary>
    public static SourceText From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, ComputeLineStarts(text));
    }

    internal static SourceText FromLineStarts(string text, int[] lineStarts) => new(text, lineStarts);

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        return LinePosition(_lineStarts, offset);
    }

    /// <summary>
    /// The 1-based line and column of <paramref name="offset"/> in a text whose lines start at
    /// <paramref name="lineStarts"/> (ascending, the first 0): the one lookup behind every span.
    /// </summary>
    internal static (int Line, int Column) LinePosition(ReadOnlySpan<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }

    /// <summary>A span from <paramref name="start"/> with <paramref name="length"/> code units.</summary>
    internal TextSpan GetSpan(int start, int length)
    {
        var (line, column) = GetLinePosition(start);
        return new TextSpan(start, length, line, column);
    }

    /// <summary>A span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public TextSpan GetSpanFromBounds(int start, int end) => GetSpan(start, end - start);

    /// <summary>The text a span covers.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <inheritdoc />
    public override string ToString() => Text;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        var span = text.AsSpan();
        int position = 0;
        while (true)
        {
            int index = span[position..].IndexOfAny(CharSets.LineEnd);
            if (index < 0)
            {
                break;
            }

            position += index;
            position += span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n' ? 2 : 1;
            starts.Add(position);
        }

        return [.. starts];
    }
}
