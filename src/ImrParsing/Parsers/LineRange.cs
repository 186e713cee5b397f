namespace ImrParsing.Parsers;

/// <summary>A run of line tokens: indexes into the token list, end exclusive.</summary>
/// <param name="Start">Index of the first line.</param>
/// <param name="End">Index just past the last line.</param>
public readonly record struct LineRange(int Start, int End)
{
    /// <summary>The number of lines.</summary>
    public int Count => End - Start;

    /// <summary>True when the range holds no line.</summary>
    public bool IsEmpty => End <= Start;
}
