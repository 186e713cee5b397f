using System.Text;
using ImrParsing.Text;

namespace ImrParsing.Lexing;

/// <summary>
/// A fixed phrase matched token by token, as <c>TextParsers.Phrase</c> reads it in characters:
/// each word whole and ignoring ASCII case, white space where the phrase has a space and none
/// where it has none ("and/or" is three tokens, no space between).
/// </summary>
internal sealed class TokenPhrase
{
    private readonly string[] _pieces;
    private readonly bool[] _spaced;

    // Whether each piece is ASCII, compared by the vectorized ASCII comparison (false for anything past ASCII).
    private readonly bool[] _ascii;

    /// <summary>Lexes <paramref name="phrase"/> into the tokens it matches.</summary>
    public TokenPhrase(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        Text = phrase;
        using var tokens = WordLexer.Lex(phrase);
        _pieces = new string[tokens.Count];
        _spaced = new bool[tokens.Count];
        _ascii = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            _pieces[i] = tokens.Chars(phrase, i).ToString();
            _spaced[i] = tokens.Tokens[i].SpaceBefore;
            _ascii[i] = Ascii.IsValid(_pieces[i]);
        }
    }

    /// <summary>The phrase as written.</summary>
    public string Text { get; }

    /// <summary>How many tokens it matches.</summary>
    public int Count => _pieces.Length;

    /// <summary>Its first word: where a reader finds it (an anchor).</summary>
    public string FirstWord => _pieces[0];

    /// <summary>The index just past the phrase where it matches at token <paramref name="index"/>, or -1.</summary>
    public int Match(LexedText text, int index) =>
        MatchedWords(text, index, 0) == _pieces.Length ? index + _pieces.Length : -1;

    /// <summary>
    /// How many of its words match at token <paramref name="index"/> of <paramref name="text"/>,
    /// counting on from word <paramref name="from"/> (those before it taken as matched).
    /// </summary>
    public int MatchedWords(LexedText text, int index, int from)
    {
        int k = from;
        while (k < _pieces.Length)
        {
            int at = index + k;
            if (at >= text.Count || (k > 0 && text.Tokens[at].SpaceBefore != _spaced[k]) || !Same(text.Chars(at), k))
            {
                break;
            }

            k++;
        }

        return k;
    }

    private bool Same(ReadOnlySpan<char> found, int piece) =>
        _ascii[piece] ? Ascii.EqualsIgnoreCase(found, _pieces[piece]) : Phrase.EqualsIgnoreAsciiCase(found, _pieces[piece]);

    /// <summary>How many of its first words <paramref name="other"/> has too: the same characters, with the same white space before each.</summary>
    public int SharedLeadingWords(TokenPhrase other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int shared = 0;
        while (shared < _pieces.Length && shared < other._pieces.Length
            && string.Equals(_pieces[shared], other._pieces[shared], StringComparison.Ordinal)
            && (shared == 0 || _spaced[shared] == other._spaced[shared]))
        {
            shared++;
        }

        return shared;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
