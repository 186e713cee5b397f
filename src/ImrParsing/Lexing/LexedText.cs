using System.Text;

namespace ImrParsing.Lexing;

/// <summary>
/// A text and its tokens, or a range of them (<see cref="Slice"/>), read together: a token's
/// characters, and whether it is a given word or mark. Indexes are the range's, from 0.
/// </summary>
internal readonly ref struct LexedText
{
    private readonly int _first;

    /// <summary>Pairs <paramref name="text"/> with <paramref name="tokens"/>, the tokens lexed from it.</summary>
    public LexedText(ReadOnlySpan<char> text, TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Text = text;
        List = tokens;
        Tokens = tokens.Tokens;
    }

    private LexedText(ReadOnlySpan<char> text, TokenList tokens, int first, int count)
    {
        Text = text;
        List = tokens;
        Tokens = tokens.Tokens.Slice(first, count);
        _first = first;
    }

    /// <summary>The text that was lexed.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>All the tokens lexed, this range's and the others: its indexes are <see cref="First"/> past this range's.</summary>
    public TokenList List { get; }

    /// <summary>The index in <see cref="List"/> of this range's first token.</summary>
    public int First => _first;

    /// <summary>Its tokens, in order.</summary>
    public ReadOnlySpan<Token> Tokens { get; }

    /// <summary>How many tokens there are.</summary>
    public int Count => Tokens.Length;

    /// <summary>
    /// Tokens <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> of these,
    /// read as their own list (no copy): the tokens a lex of just their text makes, but for the first
    /// token's <see cref="Token.SpaceBefore"/>, which keeps the white space before the range.
    /// </summary>
    public LexedText Slice(int first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(first + count, Count);
        return new LexedText(Text, List, _first + first, count);
    }

    /// <summary>The characters of token <paramref name="index"/> (<see cref="TokenList.Chars"/>).</summary>
    public ReadOnlySpan<char> Chars(int index) => List.Chars(Text, _first + index);

    /// <summary>True when token <paramref name="index"/> exists and is <paramref name="word"/>, ignoring ASCII case.</summary>
    public bool IsWord(int index, string word) =>
        index < Count && Tokens[index].Kind != TokenKind.Punctuation && Ascii.EqualsIgnoreCase(Chars(index), word);

    /// <summary>True when token <paramref name="index"/> exists and is the mark <paramref name="punctuation"/>.</summary>
    public bool IsMark(int index, char punctuation) =>
        index < Count && Tokens[index].Kind == TokenKind.Punctuation && Text[Tokens[index].Start] == punctuation;

    /// <summary>True when white space stands before token <paramref name="index"/>; false past the last token.</summary>
    public bool SpaceBefore(int index) => index < Count && Tokens[index].SpaceBefore;
}
