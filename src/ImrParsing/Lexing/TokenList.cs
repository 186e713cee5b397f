using System.Buffers;
using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Lexing;

/// <summary>
/// The tokens of one text (<see cref="WordLexer.Lex(ReadOnlySpan{char})"/>) and the index of its date anchors, in
/// buffers rented from the shared pool: dispose it when done, once, and use it no more (a disposed
/// list is kept for the thread's next lex). Belongs to one thread at a time.
/// </summary>
internal sealed class TokenList : IDisposable
{
    private Token[] _tokens;
    private int[] _dateAnchors;
    private JoinedWords? _joined;

    internal TokenList(Token[] tokens, int count, int[] dateAnchors, int dateAnchorCount)
    {
        _tokens = tokens;
        Count = count;
        _dateAnchors = dateAnchors;
        DateAnchorCount = dateAnchorCount;
    }

    internal TokenList(Token[] tokens, int count, int[] dateAnchors, int dateAnchorCount, JoinedWords? joined)
        : this(tokens, count, dateAnchors, dateAnchorCount)
    {
        _joined = joined;
    }

    /// <summary>How many tokens there are.</summary>
    public int Count { get; private set; }

    /// <summary>How many tokens a date can start at.</summary>
    public int DateAnchorCount { get; private set; }

    /// <summary>The tokens, in order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>The indexes of the tokens a date can start at (a number or a month's name), in order.</summary>
    public ReadOnlySpan<int> DateAnchors => _dateAnchors.AsSpan(0, DateAnchorCount);

    /// <summary>
    /// The characters of token <paramref name="index"/> of <paramref name="text"/> (the text that was
    /// lexed): its source, or a word broken by a line-end hyphen joined ("treat-" / "ment" reads "treatment").
    /// </summary>
    public ReadOnlySpan<char> Chars(ReadOnlySpan<char> text, int index)
    {
        var token = Tokens[index];
        return _joined is not null && _joined.TryGet(index, out var chars) ? chars : text.Slice(token.Start, token.Length);
    }

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        _joined?.Dispose();
        if (_tokens.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(_tokens);
            ArrayPool<int>.Shared.Return(_dateAnchors);
            _tokens = [];
            _dateAnchors = [];
            _joined = null;
            Count = 0;
            DateAnchorCount = 0;
            // Kept for the thread's next lex: a parse lexes thousands of short texts.
            PerThread<TokenList>.Give(this);
        }
    }

    /// <summary>A list of these tokens: a disposed one this thread kept, or a new one.</summary>
    internal static TokenList Create(Token[] tokens, int count, int[] dateAnchors, int dateAnchorCount, JoinedWords? joined)
    {
        if (PerThread<TokenList>.Take() is not { } spare)
        {
            return new TokenList(tokens, count, dateAnchors, dateAnchorCount, joined);
        }

        spare._tokens = tokens;
        spare._dateAnchors = dateAnchors;
        spare._joined = joined;
        spare.Count = count;
        spare.DateAnchorCount = dateAnchorCount;
        return spare;
    }
}
