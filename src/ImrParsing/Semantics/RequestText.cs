using System.Buffers;
using ImrParsing.Lexing;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// A request lexed once from the source, and its tokens spelled out as one text for the rules
/// still written over characters (quantity, medication, injection drugs, date of service): one
/// space where the source has white space, a word broken by a line-end hyphen joined. That is the
/// request's canonical form (<see cref="TextNormalizer"/>), made from the tokens without a second
/// pass over the source or a second lex; a range of it maps back to the source through the tokens,
/// and the values read from it are made here, spanning their source words. Dispose it to return its buffers.
/// </summary>
internal sealed class RequestText : IDisposable
{
    private readonly string _source;
    private readonly int _end;
    private readonly TokenList _lexed;
    private Func<int, int, TextSpan>? _span;
    private Token[] _spelled;

    /// <summary>
    /// Lexes <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/> and
    /// spells its tokens; <paramref name="span"/> makes a value's span from its source offsets (the
    /// source's own lines when not given).
    /// </summary>
    public RequestText(string source, int start, int end, Func<int, int, TextSpan>? span = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _end = end;
        _span = span;
        _lexed = WordLexer.Lex(source, start, end);
        var tokens = _lexed.Tokens;
        _spelled = ArrayPool<Token>.Shared.Rent(Math.Max(1, tokens.Length));
        int length = Math.Max(0, tokens.Length - 1);
        for (int i = 0; i < tokens.Length; i++)
        {
            length += _lexed.Chars(source, i).Length;
            if (i > 0 && !tokens[i].SpaceBefore)
            {
                length--;
            }
        }

        Text = string.Create(length, this, static (chars, self) => self.Spell(chars));
    }

    /// <summary>The tokens spelled out: the request's canonical text.</summary>
    public string Text { get; }

    /// <summary>The text the request was lexed from.</summary>
    public string Source => _source;

    /// <summary>Where the request ends in the source.</summary>
    public int End => _end;

    /// <summary>The request's tokens, with their offsets into the source.</summary>
    public TokenList Lexed => _lexed;

    /// <summary>The request's tokens read in the source: their characters, words and marks.</summary>
    public LexedText Words => new(_source, _lexed);

    /// <summary>The tokens, with their offsets into <see cref="Text"/>.</summary>
    public ReadOnlySpan<Token> Tokens => _spelled.AsSpan(0, _lexed.Count);

    /// <summary>
    /// The source offsets of <paramref name="range"/> of <see cref="Text"/>, its spaces at both ends
    /// left out, as the canonical text mapped them: from its first character to just past
    /// its last one; empty, at the range's place, when it holds only spaces.
    /// </summary>
    public OffsetRange SourceRange(OffsetRange range)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)range.End, (uint)Text.Length, nameof(range));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)range.Start, (uint)Text.Length, nameof(range));
        var trimmed = range.Trim(Text);
        if (trimmed.IsEmpty)
        {
            int at = trimmed.Start < Text.Length ? SourceOffset(trimmed.Start) : _end;
            return new OffsetRange(at, at);
        }

        return new OffsetRange(SourceOffset(trimmed.Start), SourceOffset(trimmed.End - 1) + 1);
    }

    /// <summary>The value spanning the source words of <paramref name="range"/> of <see cref="Text"/>.</summary>
    public Spanned<T> Spanned<T>(T value, OffsetRange range) => Syntax.Spanned<T>.FromSource(value, _source, Span(range));

    /// <summary>The value spanning the source words from <paramref name="start"/> to <paramref name="end"/> of <see cref="Text"/>.</summary>
    public Spanned<T> Spanned<T>(T value, int start, int end) => Spanned(value, new OffsetRange(start, end));

    /// <summary>The source words of <paramref name="range"/> of <see cref="Text"/>.</summary>
    public TextValue Value(OffsetRange range) => TextValue.FromSource(_source, Span(range));

    /// <summary>The source words of <paramref name="range"/> of <see cref="Text"/>; null when there is none or it is empty.</summary>
    public TextValue? Optional(OffsetRange? range) => range is { IsEmpty: false } found ? Value(found) : null;

    /// <summary>The source's <paramref name="words"/>.</summary>
    public TextValue Value(SourceWords words) => TextValue.FromSource(_source, SourceSpan(words.Start, words.End));

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
    public Spanned<T> Spanned<T>(T value, SourceWords words) => Syntax.Spanned<T>.FromSource(value, _source, SourceSpan(words.Start, words.End));

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        _lexed.Dispose();
        if (_spelled.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(_spelled);
            _spelled = [];
        }
    }

    private TextSpan Span(OffsetRange range)
    {
        var found = SourceRange(range);
        return SourceSpan(found.Start, found.End);
    }

    private TextSpan SourceSpan(int start, int end)
    {
        _span ??= SourceText.From(_source).GetSpanFromBounds;
        return _span(start, end);
    }

    private void Spell(Span<char> chars)
    {
        var tokens = _lexed.Tokens;
        int at = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            bool space = i > 0 && token.SpaceBefore;
            if (space)
            {
                chars[at++] = ' ';
            }

            var word = _lexed.Chars(_source, i);
            word.CopyTo(chars[at..]);
            _spelled[i] = token with { Start = at, Length = word.Length, SpaceBefore = space };
            at += word.Length;
        }
    }

    // The source offset of the character at `index` of the text: in a token, its place there (past
    // a line-end hyphen for a joined word); a space, the first white space character it stands for.
    private int SourceOffset(int index)
    {
        var spelled = Tokens;
        int low = 0, high = spelled.Length - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (spelled[middle].Start <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var token = _lexed.Tokens[low];
        int offset = index - spelled[low].Start;
        if (offset >= spelled[low].Length)
        {
            // The space after the token.
            int next = _lexed.Tokens[low + 1].Start;
            return token.End + _source.AsSpan(token.End, next - token.End).IndexOfAny(CharSets.AnySpace);
        }

        if (token.Length == spelled[low].Length)
        {
            return token.Start + offset;
        }

        return JoinedOffset(token, offset);
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
