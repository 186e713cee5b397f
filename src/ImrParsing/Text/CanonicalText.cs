using ImrParsing.Parsers;

namespace ImrParsing.Text;

/// <summary>
/// A stretch of the input in canonical form (see <see cref="TextNormalizer"/>) that remembers where
/// each of its characters came from, so that a rule can read the same text whatever extractor
/// produced it ("Non-" / "MTUS" at a line end and "NonMTUS" read alike, a citation that wraps reads
/// as one line) and its results still point at the exact source.
/// </summary>
public sealed class CanonicalText
{
    private readonly int[] _offsets;
    private readonly int _end;

    private CanonicalText(string source, string value, int[] offsets, int end)
    {
        Source = source;
        Value = value;
        _offsets = offsets;
        _end = end;
    }

    /// <summary>The whole input the text was taken from.</summary>
    public string Source { get; }

    /// <summary>The canonical text.</summary>
    public string Value { get; }

    /// <summary>The canonical form of <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static CanonicalText Of(string source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, source.Length);
        var raw = source.AsSpan(start, end - start);
        char[] buffer = new char[raw.Length];
        int[] offsets = new int[raw.Length];
        int written = TextNormalizer.Normalize(raw, buffer, offsets);
        for (int i = 0; i < written; i++)
        {
            offsets[i] += start;
        }

        return new CanonicalText(source, new string(buffer, 0, written), offsets[..written], end);
    }

    /// <summary>The canonical form of the whole of <paramref name="source"/>.</summary>
    public static CanonicalText Of(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Of(source, 0, source.Length);
    }

    /// <summary>
    /// The offsets into <see cref="Source"/> of <paramref name="range"/> of <see cref="Value"/>, its
    /// spaces at both ends left out: from its first character to just past its last one. Empty
    /// (at the range's place) when the range holds only spaces.
    /// </summary>
    public OffsetRange SourceRange(OffsetRange range)
    {
        var trimmed = range.Trim(Value);
        if (trimmed.IsEmpty)
        {
            int at = trimmed.Start < _offsets.Length ? _offsets[trimmed.Start] : _end;
            return new OffsetRange(at, at);
        }

        return new OffsetRange(_offsets[trimmed.Start], _offsets[trimmed.End - 1] + 1);
    }
}
