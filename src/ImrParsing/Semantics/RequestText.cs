using ImrParsing.Lexing;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// A request lexed once from the source, for the rules that read its tokens (quantity, medication,
/// injection drugs, date of service), and the values read from them, made here spanning their
/// source words. Dispose it to return its buffers.
/// </summary>
internal sealed class RequestText : IDisposable
{
    private readonly string _source;
    private readonly string _input;
    private readonly InputAsRead? _asRead;
    private readonly int _end;
    private readonly TokenList _lexed;
    private Func<int, int, TextSpan>? _span;

    /// <summary>
    /// Lexes <paramref name="source"/>, the text the rules read, from <paramref name="start"/> to
    /// <paramref name="end"/>; <paramref name="span"/> makes a value's span from its source offsets (the
    /// source's own lines when not given). Values take their text from the input <paramref name="asRead"/>
    /// holds (the same offsets, but inside a word whose kerning space moved, which the span maker maps),
    /// or from <paramref name="source"/> when it is null (the rules read the input itself).
    /// </summary>
    public RequestText(string source, int start, int end, Func<int, int, TextSpan>? span = null, InputAsRead? asRead = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _input = asRead?.Input ?? source;
        _asRead = asRead;
        _end = end;
        _span = span;
        _lexed = WordLexer.Lex(source, start, end);
    }

    /// <summary>The text the request was lexed from.</summary>
    public string Source => _source;

    /// <summary>The input as given, which values take their text from.</summary>
    public string Input => _input;

    /// <summary>Where the request ends in the source.</summary>
    public int End => _end;

    /// <summary>The request's tokens, with their offsets into the source.</summary>
    public TokenList Lexed => _lexed;

    /// <summary>The request's tokens read in the source: their characters, words and marks.</summary>
    public LexedText Words => new(_source, _lexed);

    /// <summary>The source's <paramref name="words"/>.</summary>
    public TextValue Value(SourceWords words) => TextValue.FromSource(_input, _asRead, SourceSpan(words.Start, words.End));

    /// <summary>The source's words from token <paramref name="first"/> to token <paramref name="last"/>, both included.</summary>
    public SourceWords WordsFrom(int first, int last) => SourceWords.Of(_lexed.Tokens, first, last);

    /// <summary>
    /// The source's characters <paramref name="from"/> to <paramref name="to"/> of token
    /// <paramref name="index"/>'s characters (<see cref="TokenList.Chars"/>): a number read inside a token.
    /// </summary>
    public SourceWords Inside(int index, int from, int to)
    {
        var token = _lexed.Tokens[index];
        if (_lexed.Chars(_source, index).Length == token.Length)
        {
            return new SourceWords(token.Start + from, token.Start + to);
        }

        return new SourceWords(JoinedOffset(token, from), JoinedOffset(token, to - 1) + 1);
    }

    /// <summary>The value spanning <paramref name="words"/> of the source.</summary>
    public Spanned<T> Spanned<T>(T value, SourceWords words) => Syntax.Spanned<T>.FromSource(value, _input, SourceSpan(words.Start, words.End));

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose() => _lexed.Dispose();

    private TextSpan SourceSpan(int start, int end)
    {
        _span ??= SourceText.From(_source).GetSpanFromBounds;
        return _span(start, end);
    }

    // The source offset of character `offset` of a word a line-end hyphen broke: only its letters
    // and digits are its characters, the hyphens and breaks between them are not.
    private int JoinedOffset(Token token, int offset)
    {
        int at = token.Start;
        for (int kept = 0; ; at++)
        {
            if (char.IsLetterOrDigit(_source[at]) && kept++ == offset)
            {
                return at;
            }
        }
    }
}
