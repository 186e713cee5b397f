using System.Buffers;
using ImrParsing.Lexing;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A request's tokens spelled out as one text, as <see cref="RequestText"/> gave the request rules
/// written over characters before they read the source's tokens: one space where the source has
/// white space, a word broken by a line-end hyphen joined (the request's canonical form, made from
/// the tokens), and a range of it mapped back to the source through them. Kept as the reference of
/// the tests and benchmarks that hold the token readers to those rules (<c>Spelled*</c>,
/// <c>Pidgin*</c>); it converts to the <see cref="RequestText"/> it spells for the readers in src.
/// Dispose it to return its buffers.
/// </summary>
internal sealed class SpelledRequestText : IDisposable
{
    private readonly RequestText _request;
    private Token[] _spelled;

    /// <summary>Lexes <paramref name="source"/> from <paramref name="start"/> to <paramref name="end"/> and spells its tokens.</summary>
    public SpelledRequestText(string source, int start, int end, Func<int, int, TextSpan>? span = null)
    {
        _request = new RequestText(source, start, end, span);
        var lexed = _request.Lexed;
        var tokens = lexed.Tokens;
        _spelled = ArrayPool<Token>.Shared.Rent(Math.Max(1, tokens.Length));
        int length = Math.Max(0, tokens.Length - 1);
        for (int i = 0; i < tokens.Length; i++)
        {
            length += lexed.Chars(source, i).Length;
            if (i > 0 && !tokens[i].SpaceBefore)
            {
                length--;
            }
        }

        Text = string.Create(length, this, static (chars, self) => self.Spell(chars));
    }

    /// <summary>The request the text spells, for the readers in src.</summary>
    public static implicit operator RequestText(SpelledRequestText spelled) => spelled.Request;

    /// <summary>The request the text spells.</summary>
    public RequestText Request => _request;

    /// <summary>The tokens spelled out: the request's canonical text.</summary>
    public string Text { get; }

    /// <summary>The text the request was lexed from.</summary>
    public string Source => _request.Source;

    /// <summary>The request's tokens, with their offsets into the source.</summary>
    public TokenList Lexed => _request.Lexed;

    /// <summary>The request's tokens read in the source.</summary>
    public LexedText Words => _request.Words;

    /// <summary>The tokens, with their offsets into <see cref="Text"/>.</summary>
    public ReadOnlySpan<Token> Tokens => _spelled.AsSpan(0, Lexed.Count);

    /// <summary>
    /// The source offsets of <paramref name="range"/> of <see cref="Text"/>, its spaces at both ends
    /// left out: from its first character to just past its last one; empty, at the range's place,
    /// when it holds only spaces.
    /// </summary>
    public OffsetRange SourceRange(OffsetRange range)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)range.End, (uint)Text.Length, nameof(range));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)range.Start, (uint)Text.Length, nameof(range));
        var trimmed = range.Trim(Text);
        if (trimmed.IsEmpty)
        {
            int at = trimmed.Start < Text.Length ? SourceOffset(trimmed.Start) : _request.End;
            return new OffsetRange(at, at);
        }

        return new OffsetRange(SourceOffset(trimmed.Start), SourceOffset(trimmed.End - 1) + 1);
    }

    /// <summary>The value spanning the source words of <paramref name="range"/> of <see cref="Text"/>.</summary>
    public Spanned<T> Spanned<T>(T value, OffsetRange range) => _request.Spanned(value, SourceWordsOf(range));

    /// <summary>The value spanning the source words from <paramref name="start"/> to <paramref name="end"/> of <see cref="Text"/>.</summary>
    public Spanned<T> Spanned<T>(T value, int start, int end) => Spanned(value, new OffsetRange(start, end));

    /// <summary>The value spanning <paramref name="words"/> of the source.</summary>
    public Spanned<T> Spanned<T>(T value, SourceWords words) => _request.Spanned(value, words);

    /// <summary>The source words of <paramref name="range"/> of <see cref="Text"/>.</summary>
    public TextValue Value(OffsetRange range) => _request.Value(SourceWordsOf(range));

    /// <summary>The source's <paramref name="words"/>.</summary>
    public TextValue Value(SourceWords words) => _request.Value(words);

    /// <summary>The source words of <paramref name="range"/> of <see cref="Text"/>; null when there is none or it is empty.</summary>
    public TextValue? Optional(OffsetRange? range) => range is { IsEmpty: false } found ? Value(found) : null;

    /// <summary>The source's words from token <paramref name="first"/> to token <paramref name="last"/>, both included.</summary>
    public SourceWords WordsFrom(int first, int last) => _request.WordsFrom(first, last);

    /// <summary>The source's characters <paramref name="from"/> to <paramref name="to"/> of token <paramref name="index"/>'s characters.</summary>
    public SourceWords Inside(int index, int from, int to) => _request.Inside(index, from, to);

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        _request.Dispose();
        if (_spelled.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(_spelled);
            _spelled = [];
        }
    }

    private SourceWords SourceWordsOf(OffsetRange range)
    {
        var found = SourceRange(range);
        return new SourceWords(found.Start, found.End);
    }

    private void Spell(Span<char> chars)
    {
        var lexed = Lexed;
        var tokens = lexed.Tokens;
        int at = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            bool space = i > 0 && token.SpaceBefore;
            if (space)
            {
                chars[at++] = ' ';
            }

            var word = lexed.Chars(Source, i);
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

        var token = Lexed.Tokens[low];
        int offset = index - spelled[low].Start;
        if (offset >= spelled[low].Length)
        {
            // The space after the token.
            int next = Lexed.Tokens[low + 1].Start;
            return token.End + Source.AsSpan(token.End, next - token.End).IndexOfAny(CharSets.AnySpace);
        }

        return _request.Inside(low, offset, offset + 1).Start;
    }
}
