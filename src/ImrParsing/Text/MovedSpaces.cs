namespace ImrParsing.Text;

/// <summary>
/// The spaces <see cref="ReadableText"/> moved to the start of their word: a space an extractor put
/// on one side of a hyphen inside a word ("CM16 -0219557", "10- 13-16", "Non -MTUS": a PDF's kerning
/// before or after the hyphen's glyph, which pypdf writes as a space), so that the rules read the word
/// whole ("CM16-0219557"). A move shifts the word's characters before the space one place right; this
/// maps an offset in the text as read back to the input, where every value's span points.
/// </summary>
internal sealed class MovedSpaces
{
    // Sorted by word start; words do not overlap. The characters [start, space) of the input stand at
    // [start + 1, space + 1) in the text as read, and the space at `start`.
    private readonly (int Start, int Space)[] _moves;

    public MovedSpaces((int Start, int Space)[] moves) => _moves = moves;

    /// <summary>The input's offset of a span that starts at <paramref name="offset"/> of the text as read.</summary>
    public int ToInputStart(int offset) => Move(offset) is { } move && offset > move.Start && offset <= move.Space ? offset - 1 : offset;

    /// <summary>The input's bounds of the span from <paramref name="start"/> to <paramref name="end"/> of the text as read.</summary>
    public (int Start, int End) ToInput(int start, int end) => (ToInputStart(start), end <= start ? ToInputStart(start) : ToInputStart(end - 1) + 1);

    /// <summary>The bounds in the text as read of the span from <paramref name="start"/> to <paramref name="end"/> of the input.</summary>
    public (int Start, int End) ToRead(int start, int end) => (ToReadStart(start), end <= start ? ToReadStart(start) : ToReadStart(end - 1) + 1);

    /// <summary>True when a space moved to <paramref name="offset"/> of the text as read, a word's start.</summary>
    public bool IsMovedSpace(int offset) => Move(offset) is { } move && move.Start == offset;

    // The offset in the text as read of a span that starts at `offset` of the input.
    private int ToReadStart(int offset) => Move(offset) is { } move && offset < move.Space ? offset + 1 : offset;

    // The last move whose word starts at or before `offset`.
    private (int Start, int Space)? Move(int offset)
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
