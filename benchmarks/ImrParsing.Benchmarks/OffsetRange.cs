namespace ImrParsing.Text;

/// <summary>
/// Where a rule's result sits in the text the rule parsed: offsets relative to the start of that
/// text, end exclusive. The character rules' coordinates before the readers read the source's
/// tokens (a value's span is a <see cref="TextSpan"/> of the source); kept for the references
/// here (the spelled and canonical texts, the Pidgin rules). Kept in its namespace so the references
/// read as they did.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
internal readonly record struct OffsetRange(int Start, int End)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the range covers nothing.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>The same range with the space at both ends of <paramref name="text"/> left out.</summary>
    internal OffsetRange Trim(ReadOnlySpan<char> text)
    {
        int start = Start;
        int end = End;
        while (start < end && CharSets.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && CharSets.IsSpace(text[end - 1]))
        {
            end--;
        }

        return new OffsetRange(start, end);
    }

    /// <summary>The range moved by <paramref name="offset"/>.</summary>
    internal OffsetRange Shift(int offset) => new(Start + offset, End + offset);
}
