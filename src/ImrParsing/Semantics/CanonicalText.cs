using ImrParsing.Parsers;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// A range of the input in canonical form (<see cref="TextNormalizer"/>: white space folded,
/// line-end hyphenation joined, ends trimmed), with the map back to the input's offsets.
/// </summary>
/// <remarks>
/// The semantic readers read this form, not the raw text, so that every extractor's text of the
/// same letter gives the same values: pdftotext's reading order has already joined "10-30-" and
/// "2016" at a line end into "10-302016", and its layout mode has not; here both read
/// "10-302016". Spans still point at the raw input through <see cref="ToSource"/>.
/// </remarks>
public sealed class CanonicalText
{
    private readonly int[] _sourceOffsets;

    private readonly int _start;

    private CanonicalText(string source, int start, string text, int[] sourceOffsets)
    {
        Source = source;
        _start = start;
        Text = text;
        _sourceOffsets = sourceOffsets;
    }

    /// <summary>The whole input the range was taken from.</summary>
    public string Source { get; }

    /// <summary>The canonical text; equal to <c>TextNormalizer.Normalize</c> of the range.</summary>
    public string Text { get; }

    /// <summary>The canonical form of <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static CanonicalText Of(string source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, source.Length);

        var raw = source.AsSpan(start, end - start);
        var text = new char[raw.Length];
        var offsets = new int[raw.Length];
        int written = 0;
        bool pendingSpace = false;
        int pendingAt = 0;
        int i = 0;
        while (i < raw.Length)
        {
            char c = raw[i];
            if (CharSets.IsSpace(c))
            {
                if (!pendingSpace && written > 0)
                {
                    pendingAt = i;
                }

                pendingSpace = written > 0;
                i++;
                continue;
            }

            if (c == '-' && written > 0 && !pendingSpace && IsLineEndHyphen(raw, i, out int resume))
            {
                i = resume;
                continue;
            }

            if (pendingSpace)
            {
                offsets[written] = start + pendingAt;
                text[written++] = ' ';
                pendingSpace = false;
            }

            offsets[written] = start + i;
            text[written++] = c;
            i++;
        }

        return new CanonicalText(source, start, new string(text, 0, written), offsets[..written]);
    }

    /// <summary>The canonical form of the whole of <paramref name="source"/>.</summary>
    public static CanonicalText Of(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Of(source, 0, source.Length);
    }

    /// <summary>
    /// The input's range that <paramref name="range"/> of <see cref="Text"/> was made from: from
    /// the first character's source to just past the last one's (an empty range maps to an empty
    /// range where it starts).
    /// </summary>
    public OffsetRange ToSource(OffsetRange range)
    {
        if (range.Start < 0 || range.End > Text.Length || range.End < range.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, "The range must lie inside the canonical text.");
        }

        if (range.IsEmpty)
        {
            int at = range.Start < Text.Length ? _sourceOffsets[range.Start] : (Text.Length == 0 ? _start : _sourceOffsets[^1] + 1);
            return new OffsetRange(at, at);
        }

        return new OffsetRange(_sourceOffsets[range.Start], _sourceOffsets[range.End - 1] + 1);
    }

    // The same rule as TextNormalizer's: a hyphen that ends a word, then only white space up to a
    // line end and on to more text.
    private static bool IsLineEndHyphen(ReadOnlySpan<char> raw, int hyphen, out int resume)
    {
        resume = hyphen + 1;
        int j = hyphen + 1;
        bool sawLineEnd = false;
        while (j < raw.Length && CharSets.IsSpace(raw[j]))
        {
            sawLineEnd |= raw[j] is '\n' or '\r';
            j++;
        }

        if (!sawLineEnd || j >= raw.Length)
        {
            return false;
        }

        resume = j;
        return true;
    }
}
