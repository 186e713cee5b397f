using System.Buffers;

namespace ImrParsing.Text;

/// <summary>
/// Turns raw letter text into its canonical form, the same whatever extractor produced it.
/// </summary>
/// <remarks>
/// Every run of white space (spaces, tabs, line ends, form feeds, no-break spaces, a byte-order
/// mark) becomes one space, and the ends are trimmed. A word broken with a hyphen at the end of a
/// line ("non-" / "opioid", "10%-" / "Cyclobenzaprine") is joined without the hyphen
/// ("nonopioid"): pdftotext's reading-order output has already joined every such word that way,
/// and the canonical form must not depend on which extractor ran. For the same reason a character
/// that stands for a hyphen (U+2010, U+2011, U+00AD, U+2212) is written as '-', and a ligature
/// (U+FB00 to U+FB06: "ﬁ", "ﬃ") as the letters it stands for.
/// </remarks>
public static class TextNormalizer
{
    private const int StackLimit = 256;

    // What ends a run of characters copied as they are: a hyphen, or white space other than a
    // single space between two words (which the canonical form keeps as it is).
    private static readonly SearchValues<char> HyphenOrOtherSpace = SearchValues.Create(CharSets.AnySpaceChars.Replace(" ", "", StringComparison.Ordinal) + "-" + HyphenLookalikes.Chars + HyphenLookalikes.JoinedLineEnd);

    /// <summary>The canonical form of <paramref name="raw"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> raw)
    {
        if (raw.Length <= StackLimit)
        {
            Span<char> buffer = stackalloc char[raw.Length];
            return ToCanonicalString(buffer[..Normalize(raw, buffer)]);
        }

        char[] rented = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            return ToCanonicalString(rented.AsSpan(0, Normalize(raw, rented)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The canonical form that <see cref="Normalize(ReadOnlySpan{char}, Span{char})"/> wrote, as a
    /// string: its ligatures written out, the one step that may make it longer than the raw text.
    /// </summary>
    internal static string ToCanonicalString(ReadOnlySpan<char> written) => Ligatures.In(written) ? Ligatures.WrittenOut(written) : new string(written);

    /// <summary>
    /// Writes the canonical form of <paramref name="raw"/> to <paramref name="destination"/>, which
    /// must be at least as long as <paramref name="raw"/>, and returns the number of characters written.
    /// Its ligatures stay one character each, so that each character written has one offset in the
    /// raw text: <see cref="ToCanonicalString(ReadOnlySpan{char})"/> writes them out.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> raw, Span<char> destination) => Normalize(raw, destination, []);

    /// <summary>
    /// Writes the canonical form of <paramref name="raw"/> to <paramref name="destination"/> and,
    /// for each character written, its offset in <paramref name="raw"/> to <paramref name="sourceOffsets"/>
    /// (a folded space gets the offset of the first white space character it stands for); both must
    /// be at least as long as <paramref name="raw"/>, or <paramref name="sourceOffsets"/> empty to
    /// skip the offsets. Returns the number of characters written.
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> raw, Span<char> destination, Span<int> sourceOffsets)
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

            if ((c == '-' || HyphenLookalikes.IsWrittenAsHyphen(c)) && written > 0 && !pendingSpace && IsLineEndHyphen(raw, i, out int resume))
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

            if (HyphenLookalikes.IsWrittenAsHyphen(c))
            {
                if (offsets)
                {
                    sourceOffsets[written] = i;
                }

                destination[written++] = '-';
                i++;
                continue;
            }

            int end = CopiedRunEnd(raw, i);
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

    // The end of the run from `start` (not white space) that is copied as it is: up to the next
    // hyphen, white space other than a space, two spaces, or a space that ends the text or comes
    // before one of those. A single space between two words is kept whole by the rules above, so
    // a line of prose is one run, not one run per word.
    private static int CopiedRunEnd(ReadOnlySpan<char> raw, int start)
    {
        int end = raw[(start + 1)..].IndexOfAny(HyphenOrOtherSpace);
        end = end < 0 ? raw.Length : start + 1 + end;
        int doubleSpace = raw[start..end].IndexOf("  ".AsSpan());
        if (doubleSpace >= 0)
        {
            end = start + doubleSpace;
        }

        return raw[end - 1] == ' ' ? end - 1 : end;
    }

    /// <summary>True when <paramref name="raw"/> is already in canonical form.</summary>
    internal static bool IsNormalized(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty)
        {
            return true;
        }

        if (raw[0] == ' ' || raw[^1] == ' ')
        {
            return false;
        }

        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == ' ' ? raw[i + 1] == ' ' : CharSets.IsSpace(c) || HyphenLookalikes.IsWrittenAsHyphen(c))
            {
                return false;
            }
        }

        return !Ligatures.In(raw);
    }

    // A hyphen that ends a word (the caller checked that no space precedes it), followed only by
    // spaces up to a line end and then by more text (blank lines and page breaks in between are allowed);
    // or PDFium's mark of such a hyphen, whose line end it took out, followed by more text.
    internal static bool IsLineEndHyphen(ReadOnlySpan<char> raw, int hyphen, out int resume)
    {
        resume = hyphen + 1;
        int j = hyphen + 1;
        bool sawLineEnd = raw[hyphen] == HyphenLookalikes.JoinedLineEnd;
        while (j < raw.Length && CharSets.IsSpace(raw[j]))
        {
            sawLineEnd |= CharSets.LineEnd.Contains(raw[j]);
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
