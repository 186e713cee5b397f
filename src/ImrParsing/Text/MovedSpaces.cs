namespace ImrParsing.Text;

/// <summary>
/// The spaces <see cref="ReadableText"/> moved to the start of their word: a space an extractor put
/// on one side of a hyphen inside a word ("CM16 -0219557", "10- 13-16", "Non -MTUS": a PDF's kerning
/// before or after the hyphen's glyph, which pypdf writes as a space), or on both sides of an
/// identifier's hyphen ("CM16 - 0213037": a PDF's text runs joined with spaces), so that the rules
/// read the word whole ("CM16-0219557"). A move shifts the word's characters before each moved space
/// one place right; this maps an offset in the text as read back to the input, where every value's
/// span points.
/// </summary>
internal sealed class MovedSpaces
{
    // Sorted by word start; words do not overlap. The input's spaces at `Space` (and at `Second`,
    // after it, where it is not -1) stand at the word's start in the text as read, its other
    // characters from `Start` on one place right for each moved space that comes after them.
    private readonly (int Start, int Space, int Second)[] _moves;

    public MovedSpaces((int Start, int Space, int Second)[] moves) => _moves = moves;

    /// <summary>The input's offset of a span that starts at <paramref name="offset"/> of the text as read.</summary>
    public int ToInputStart(int offset)
    {
        if (Move(offset) is not { } move || offset > Last(move))
        {
            return offset;
        }

        int spaces = Count(move);
        if (offset < move.Start + spaces)
        {
            return move.Start;
        }

        int input = offset - spaces;
        input += input >= move.Space ? 1 : 0;
        return input + (move.Second >= 0 && input >= move.Second ? 1 : 0);
    }

    /// <summary>The input's bounds of the span from <paramref name="start"/> to <paramref name="end"/> of the text as read.</summary>
    public (int Start, int End) ToInput(int start, int end) => (ToInputStart(start), end <= start ? ToInputStart(start) : ToInputStart(end - 1) + 1);

    /// <summary>The bounds in the text as read of the span from <paramref name="start"/> to <paramref name="end"/> of the input.</summary>
    public (int Start, int End) ToRead(int start, int end) => (ToReadStart(start), end <= start ? ToReadStart(start) : ToReadStart(end - 1) + 1);

    /// <summary>True when a space moved to <paramref name="offset"/> of the text as read, a word's start.</summary>
    public bool IsMovedSpace(int offset) => Move(offset) is { } move && offset < move.Start + Count(move);

    // The offset in the text as read of a span that starts at `offset` of the input.
    private int ToReadStart(int offset)
    {
        if (Move(offset) is not { } move || offset > Last(move))
        {
            return offset;
        }

        return offset + (offset < move.Space ? 1 : 0) + (move.Second >= 0 && offset < move.Second ? 1 : 0);
    }

    private static int Count((int Start, int Space, int Second) move) => move.Second < 0 ? 1 : 2;

    private static int Last((int Start, int Space, int Second) move) => Math.Max(move.Space, move.Second);

    // The last move whose word starts at or before `offset`.
    private (int Start, int Space, int Second)? Move(int offset)
    {
        int low = 0, high = _moves.Length - 1, found = -1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            if (_moves[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? null : _moves[found];
    }
}
