using System.Text;

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

    /// <summary>Lexes <paramref name="phrase"/> into the tokens it matches.</summary>
    public TokenPhrase(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        Text = phrase;
        using var tokens = WordLexer.Lex(phrase);
        _pieces = new string[tokens.Count];
        _spaced = new bool[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            _pieces[i] = tokens.Chars(phrase, i).ToString();
            _spaced[i] = tokens.Tokens[i].SpaceBefore;
        }
    }

    /// <summary>The phrase as written.</summary>
    public string Text { get; }

    /// <summary>How many tokens it matches.</summary>
    public int Count => _pieces.Length;

    /// <summary>Its first word: where a reader finds it (an anchor).</summary>
    public string FirstWord => _pieces[0];

    /// <summary>The index just past the phrase where it matches at token <paramref name="index"/>, or -1.</summary>
    public int Match(LexedText text, int index)
    {
        for (int k = 0; k < _pieces.Length; k++)
        {
            int at = index + k;
            if (at >= text.Count || (k > 0 && text.Tokens[at].SpaceBefore != _spaced[k]) || !Ascii.EqualsIgnoreCase(text.Chars(at), _pieces[k]))
            {
                return -1;
            }
        }

        return index + _pieces.Length;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
