namespace ImrParsing.Text;

/// <summary>
/// The input as given with the text the rules read from it (<see cref="ReadableText"/>), where the two
/// differ: a value keeps the input's text and span, and its canonical text is made from the text as
/// read under that span when it is asked for.
/// </summary>
internal sealed class InputAsRead
{
    private InputAsRead(string input, string readable, MovedSpaces? moved)
    {
        Input = input;
        Readable = readable;
        Moved = moved;
    }

    /// <summary>The input as given.</summary>
    public string Input { get; }

    /// <summary>The text the rules read.</summary>
    public string Readable { get; }

    /// <summary>The spaces moved to a word's start, which shift offsets inside the word.</summary>
    public MovedSpaces? Moved { get; }

    /// <summary>The input and the text as read; null when the rules read the input itself (most letters).</summary>
    public static InputAsRead? Of(string input, string readable, MovedSpaces? moved) =>
        ReferenceEquals(input, readable) ? null : new InputAsRead(input, readable, moved);

    /// <summary>The text as read under <paramref name="span"/>, a span of the input.</summary>
    public ReadOnlySpan<char> ReadableAt(TextSpan span)
    {
        var (start, end) = Moved?.ToRead(span.Start, span.End) ?? (span.Start, span.End);
        return Readable.AsSpan(start, end - start);
    }
}
