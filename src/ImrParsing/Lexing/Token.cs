using System.Runtime.CompilerServices;

namespace ImrParsing.Lexing;

/// <summary>
/// One word, number or punctuation character of a lexed text: where it is, what it is made of,
/// whether white space stands before it, and its vocabulary key (<see cref="WordKeys"/>). Public
/// because an extension's citation forms are grammars over a guideline statement's tokens
/// (<see cref="Semantics.CitationForm"/>, read with the blocks of <see cref="Semantics.CitationParts"/>).
/// </summary>
public readonly struct Token
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Token(int start, int length, TokenKind kind, bool spaceBefore, short key)
    {
        Start = start;
        Length = length;
        Kind = kind;
        SpaceBefore = spaceBefore;
        Key = key;
    }

    /// <summary>Offset of its first character in the text that was lexed.</summary>
    public int Start { get; internal init; }

    /// <summary>How many characters it covers (a word a line-end hyphen broke spans both parts).</summary>
    public int Length { get; internal init; }

    /// <summary>True when white space stands before it.</summary>
    public bool SpaceBefore { get; internal init; }

    /// <summary>Just past the token's last character.</summary>
    public int End => Start + Length;

    /// <summary>What it is made of.</summary>
    internal TokenKind Kind { get; init; }

    /// <summary>Its key in the readers' vocabulary, 0 for none.</summary>
    internal short Key { get; init; }
}
