using System.Runtime.InteropServices;

namespace ImrParsing.Tokenizing;

/// <summary>
/// One non-blank line of the input: the token the letter grammar reads. Blank lines and the space
/// around a line's content are trivia and have no token.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Line
{
    /// <summary>Makes a line token.</summary>
    internal Line(int start, int contentStart, int contentLength, int number, LineKind kind = LineKind.Text, int rule = -1, bool startsItem = false)
    {
        Start = start;
        ContentStart = contentStart;
        ContentLength = contentLength;
        Number = number;
        Kind = kind;
        Rule = rule;
        StartsItem = startsItem;
    }

    /// <summary>Offset of the line's first character (its leading space included).</summary>
    public int Start { get; }

    /// <summary>Offset of the first character that is not space.</summary>
    public int ContentStart { get; }

    /// <summary>Length of the content, from <see cref="ContentStart"/> to the last character that is not space.</summary>
    public int ContentLength { get; }

    /// <summary>Offset just past the content.</summary>
    public int ContentEnd => ContentStart + ContentLength;

    /// <summary>1-based line number.</summary>
    public int Number { get; }

    /// <summary>What the line is to the grammar.</summary>
    public LineKind Kind { get; }

    /// <summary>
    /// Index of the <see cref="LineRule"/> that classified the line in its parser's rule list
    /// (for headings, labels and boilerplate), or the decision word's index (for decisions); -1 otherwise.
    /// </summary>
    internal int Rule { get; }

    /// <summary>True when the grammar found that a disputed item starts on this line although its head is missing.</summary>
    internal bool StartsItem { get; }

    /// <summary>The line's content in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> GetContent(string text) => text.AsSpan(ContentStart, ContentLength);

    /// <summary>A copy with another kind and rule.</summary>
    internal Line With(LineKind kind, int rule = -1, bool startsItem = false) => new(Start, ContentStart, ContentLength, Number, kind, rule, startsItem);
}
