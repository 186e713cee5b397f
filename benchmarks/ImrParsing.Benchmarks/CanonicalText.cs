using System.Buffers;
using System.Globalization;
using ImrParsing.Parsers;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The readers' canonical text before they read the source's tokens, kept as the reference of the
/// tests that hold the token readers to the character rules and of the benchmarks' baselines.
/// A stretch of the input in canonical form (see <see cref="TextNormalizer"/>) that remembers where
/// each of its characters came from, so that a rule can read the same text whatever extractor
/// produced it ("Non-" / "MTUS" at a line end and "NonMTUS" read alike, a citation that wraps reads
/// as one line) and its results still point at the exact source.
/// </summary>
/// <remarks>
/// The canonical characters live in a buffer rented from the shared pool; <see cref="Value"/> makes
/// a string of them only when asked. Dispose the text when done to return the buffer (the parser's
/// readers do, so that reading a rationale allocates no copy of it); an undisposed text is simply
/// collected. After disposal, <see cref="Value"/> works only if it was read before. Like any
/// pooled buffer, a canonical text belongs to one thread at a time: read and dispose it where it
/// was made (the parser's own never leave the reader that made them).
/// </remarks>
internal sealed class CanonicalText : IDisposable
{
    // Where the characters came from, kept as runs: a run is a stretch of the canonical text whose
    // characters are consecutive in the source, and breaks only where the normalizer folded space
    // or joined a hyphenated line break. A run per folded stretch instead of an offset per
    // character: prose has a break every few lines, so this is a few bytes where an int per
    // character was twice the text's own size.
    private readonly int[] _runStarts;
    private readonly int[] _runOffsets;
    private readonly int _end;
    private readonly int _length;
    private char[]? _chars;
    private string? _value;

    private CanonicalText(string source, char[] chars, int length, int[] runStarts, int[] runOffsets, int end)
    {
        Source = source;
        _chars = chars;
        _length = length;
        _runStarts = runStarts;
        _runOffsets = runOffsets;
        _end = end;
    }

    /// <summary>The whole input the text was taken from.</summary>
    public string Source { get; }

    /// <summary>The canonical text.</summary>
    /// <exception cref="ObjectDisposedException">The text was disposed before its value was read.</exception>
    public string Value
    {
        get
        {
            if (_value is null)
            {
                // Once there is a string, the buffer is not needed: it goes back to the pool.
                _value = new string(Span);
                Dispose();
            }

            return _value;
        }
    }

    /// <summary>The canonical text, without making a string of it.</summary>
    internal ReadOnlySpan<char> Span =>
        _value is not null ? _value.AsSpan()
        : _chars is not null ? _chars.AsSpan(0, _length)
        : throw new ObjectDisposedException(nameof(CanonicalText));

    /// <summary>Returns the buffer of canonical characters to the pool.</summary>
    public void Dispose()
    {
        // Exchanged, so that the buffer goes back to the pool once however often this is called.
        if (Interlocked.Exchange(ref _chars, null) is { } chars)
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The canonical form of <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static CanonicalText Of(string source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, source.Length);
        var raw = source.AsSpan(start, end - start);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, raw.Length));
        int[] offsets = ArrayPool<int>.Shared.Rent(Math.Max(1, raw.Length));
        try
        {
            int written = TextNormalizer.Normalize(raw, buffer, offsets);
            var (runStarts, runOffsets) = Runs(offsets.AsSpan(0, written), start);
            return new CanonicalText(source, buffer, written, runStarts, runOffsets, end);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(offsets);
        }
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
    /// <exception cref="ArgumentOutOfRangeException">The range does not lie in <see cref="Value"/>: it was computed on other text.</exception>
    internal OffsetRange SourceRange(OffsetRange range)
    {
        if ((uint)range.Start > (uint)_length || (uint)range.End > (uint)_length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(range),
                string.Create(CultureInfo.InvariantCulture, $"The range from {range.Start} to {range.End} is not a range of the canonical text's {_length} characters."));
        }

        var trimmed = range.Trim(Span);
        if (trimmed.IsEmpty)
        {
            int at = trimmed.Start < _length ? SourceOffset(trimmed.Start) : _end;
            return new OffsetRange(at, at);
        }

        return new OffsetRange(SourceOffset(trimmed.Start), SourceOffset(trimmed.End - 1) + 1);
    }

    // The source offset of the canonical character at `index`: its run's offset plus its place in the run.
    private int SourceOffset(int index)
    {
        int run = _runStarts.AsSpan().BinarySearch(index);
        if (run < 0)
        {
            run = ~run - 1;
        }

        return _runOffsets[run] + (index - _runStarts[run]);
    }

    private static (int[] Starts, int[] Offsets) Runs(ReadOnlySpan<int> offsets, int shift)
    {
        if (offsets.IsEmpty)
        {
            return ([], []);
        }

        int count = 1;
        for (int i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] != offsets[i - 1] + 1)
            {
                count++;
            }
        }

        int[] starts = new int[count];
        int[] sourceOffsets = new int[count];
        sourceOffsets[0] = offsets[0] + shift;
        int run = 1;
        for (int i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] != offsets[i - 1] + 1)
            {
                starts[run] = i;
                sourceOffsets[run++] = offsets[i] + shift;
            }
        }

        return (starts, sourceOffsets);
    }
}
