using ImrParsing.Parsers;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// A piece of the input in its canonical form (<see cref="TextNormalizer"/>: white space folded,
/// line-end hyphenation joined) with, for every canonical character, where it came from. The
/// readers parse the canonical text, so that their values are the same whatever extractor produced
/// the letter, and map what they found back to the exact source for its span.
/// </summary>
internal sealed class CanonicalText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private CanonicalText(string text, int[] starts, int[] ends)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The canonical text.</summary>
    public string Text { get; }

    /// <summary>The canonical form of <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static CanonicalText Of(string source, int start, int end)
    {
        var raw = source.AsSpan(start, end - start);
        var chars = new char[raw.Length];
        var starts = new int[raw.Length];
        var ends = new int[raw.Length];
        int written = 0;
        int pendingSpace = -1;
        int i = 0;
        while (i < raw.Length)
        {
            char c = raw[i];
            if (CharSets.IsSpace(c))
            {
                if (written > 0 && pendingSpace < 0)
                {
                    pendingSpace = i;
                }

                i++;
                continue;
            }

            if (c == '-' && written > 0 && pendingSpace < 0 && TextNormalizer.IsLineEndHyphen(raw, i, out int resume))
            {
                i = resume;
                continue;
            }

            if (pendingSpace >= 0)
            {
                starts[written] = start + pendingSpace;
                ends[written] = start + i;
                chars[written++] = ' ';
                pendingSpace = -1;
            }

            starts[written] = start + i;
            ends[written] = start + i + 1;
            chars[written++] = c;
            i++;
        }

        return new CanonicalText(new string(chars, 0, written), starts[..written], ends[..written]);
    }

    /// <summary>The source offsets of the canonical range <paramref name="range"/>, which must not be empty.</summary>
    public OffsetRange ToSource(OffsetRange range) => new(_starts[range.Start], _ends[range.End - 1]);
}
