using System.Buffers;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="TextNormalizer"/> as it was before it copied a line of prose as one run: a run of
/// characters ended at every space. The reference of TextNormalizerReferenceTests and the baseline
/// of <see cref="TextNormalizerBenchmarks"/>.
/// </summary>
public static class BaselineTextNormalizer
{
    private static readonly SearchValues<char> SpaceOrHyphen = SearchValues.Create(CharSets.AnySpaceChars + "-");

    /// <summary>The canonical form of <paramref name="raw"/>, as <see cref="TextNormalizer.Normalize(ReadOnlySpan{char})"/> gave it.</summary>
    public static string Normalize(ReadOnlySpan<char> raw)
    {
        char[] buffer = new char[raw.Length];
        return new string(buffer, 0, Normalize(raw, buffer, []));
    }

    public static int Normalize(ReadOnlySpan<char> raw, Span<char> destination, Span<int> sourceOffsets)
    {
        if (destination.Length < raw.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the input.", nameof(destination));
        }

        bool offsets = !sourceOffsets.IsEmpty;
        if (offsets && sourceOffsets.Length < raw.Length)
        {
            throw new ArgumentException("The offsets must be at least as long as the input.", nameof(sourceOffsets));
        }

        int written = 0;
        bool pendingSpace = false;
        int spaceStart = 0;
        int i = 0;
        while (i < raw.Length)
        {
            char c = raw[i];
            if (CharSets.IsSpace(c))
            {
                if (!pendingSpace)
                {
                    spaceStart = i;
                }

                pendingSpace = written > 0;
                i++;
                continue;
            }

            if (c == '-' && written > 0 && !pendingSpace && TextNormalizer.IsLineEndHyphen(raw, i, out int resume))
            {
                // "non-\nopioid": drop the hyphen and the line break, keep the word whole.
                i = resume;
                pendingSpace = false;
                continue;
            }

            if (pendingSpace)
            {
                if (offsets)
                {
                    sourceOffsets[written] = spaceStart;
                }

                destination[written++] = ' ';
                pendingSpace = false;
            }

            // The run of characters from here to the next space or hyphen is copied whole.
            int end = raw[(i + 1)..].IndexOfAny(SpaceOrHyphen);
            end = end < 0 ? raw.Length : i + 1 + end;
            raw[i..end].CopyTo(destination[written..]);
            if (offsets)
            {
                for (int k = i; k < end; k++)
                {
                    sourceOffsets[written++] = k;
                }
            }
            else
            {
                written += end - i;
            }

            i = end;
        }

        return written;
    }
}
