namespace ImrParsing.Lexing;

/// <summary>
/// One word, number or punctuation character of a lexed text: where it is, what it is made of,
/// whether white space stands before it, and its vocabulary key (<see cref="WordKeys"/>).
/// </summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool SpaceBefore, short Key)
{
    /// <summary>Just past the token's last character.</summary>
    public int End => Start + Length;
}
