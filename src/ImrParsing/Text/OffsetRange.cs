namespace ImrParsing.Text;

/// <summary>
/// Where a rule's result sits in the text the rule parsed: offsets relative to the start of that
/// text, end exclusive. Internal: no public rule gives one (a value's span is a
/// <see cref="Text.TextSpan"/> of the source); what is left of it is the request readers' spelled
/// text and the Pidgin references.
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
        while (start < end && ImrParsing.Text.CharSets.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && ImrParsing.Text.CharSets.IsSpace(text[end - 1]))
        {
            end--;
        }

        return new OffsetRange(start, end);
    }

    /// <summary>The range moved by <paramref name="offset"/>.</summary>
    internal OffsetRange Shift(int offset) => new(Start + offset, End + offset);
}
