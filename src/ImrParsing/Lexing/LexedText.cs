using System.Text;

namespace ImrParsing.Lexing;

/// <summary>A text and its tokens, read together: a token's characters, and whether it is a given word or mark.</summary>
internal readonly ref struct LexedText
{
    /// <summary>Pairs <paramref name="text"/> with <paramref name="tokens"/>, the tokens lexed from it.</summary>
    public LexedText(ReadOnlySpan<char> text, TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Text = text;
        List = tokens;
        Tokens = tokens.Tokens;
    }

    /// <summary>The text that was lexed.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>Its tokens.</summary>
    public TokenList List { get; }

    /// <summary>Its tokens, in order.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>How many tokens there are.</summary>
    public int Count => Tokens.Length;

    /// <summary>The characters of token <paramref name="index"/> (<see cref="TokenList.Chars"/>).</summary>
    public ReadOnlySpan<char> Chars(int index) => List.Chars(Text, index);

    /// <summary>True when token <paramref name="index"/> exists and is <paramref name="word"/>, ignoring ASCII case.</summary>
    public bool IsWord(int index, string word) =>
        index < Count && Tokens[index].Kind != TokenKind.Punctuation && Ascii.EqualsIgnoreCase(Chars(index), word);

    /// <summary>True when token <paramref name="index"/> exists and is the mark <paramref name="punctuation"/>.</summary>
    public bool IsMark(int index, char punctuation) =>
        index < Count && Tokens[index].Kind == TokenKind.Punctuation && Text[Tokens[index].Start] == punctuation;

    /// <summary>True when white space stands before token <paramref name="index"/>; false past the last token.</summary>
    public bool SpaceBefore(int index) => index < Count && Tokens[index].SpaceBefore;
}
