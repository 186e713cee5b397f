using System.Buffers;
using System.Numerics;
using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Lexing;

/// <summary>
/// The tokens of one text (<see cref="WordLexer.Lex(ReadOnlySpan{char})"/>) and the index of its date anchors:
/// dispose it when done, once, and use it no more (a disposed list and its buffers are kept for the
/// thread's next lex). Belongs to one thread at a time.
/// </summary>
internal sealed class TokenList : IDisposable
{
    // A list keeps buffers up to this many tokens for the thread's next lex; a larger lex rents
    // from the shared pool and gives them back, so one huge text does not stay with a thread.
    private const int MaxKept = 1 << 16;

    // The smallest buffers a list keeps: a parse's lexes run from a few words to a letter's page.
    private const int MinKept = 1 << 10;

    private Token[] _tokens = [];
    private int[] _dateAnchors = [];
    private JoinedWords? _joined;

    // Its buffers are the shared pool's (a lex past MaxKept, or a list made of rented buffers).
    private bool _pooled;

    // Between a lex and its disposal: a second disposal must not keep the list twice.
    private bool _live;

    private TokenList()
    {
    }

    /// <summary>A list of <paramref name="count"/> tokens in <paramref name="tokens"/>, rented from the shared pool, which disposal gives back.</summary>
    internal TokenList(Token[] tokens, int count, int[] dateAnchors, int dateAnchorCount, JoinedWords? joined)
    {
        _tokens = tokens;
        _dateAnchors = dateAnchors;
        _pooled = true;
        Fill(count, dateAnchorCount, joined);
    }

    /// <summary>How many tokens there are.</summary>
    public int Count { get; private set; }

    /// <summary>How many tokens a date can start at.</summary>
    public int DateAnchorCount { get; private set; }

    /// <summary>The tokens, in order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>The indexes of the tokens a date can start at (a number or a month's name), in order.</summary>
    public ReadOnlySpan<int> DateAnchors => _dateAnchors.AsSpan(0, DateAnchorCount);

    /// <summary>Where the lexer writes the tokens (<see cref="Rent"/>'s capacity at least).</summary>
    internal Token[] TokenBuffer => _tokens;

    /// <summary>Where the lexer writes the date anchors (<see cref="Rent"/>'s capacity at least).</summary>
    internal int[] DateAnchorBuffer => _dateAnchors;

    /// <summary>
    /// The characters of token <paramref name="index"/> of <paramref name="text"/> (the text that was
    /// lexed): its source, or a word broken by a line-end hyphen joined ("treat-" / "ment" reads "treatment").
    /// </summary>
    public ReadOnlySpan<char> Chars(ReadOnlySpan<char> text, int index)
    {
        var token = Tokens[index];
        return _joined is not null && _joined.TryGet(index, out var chars) ? chars : text.Slice(token.Start, token.Length);
    }

    /// <summary>Keeps the list and its buffers for the thread's next lex.</summary>
    public void Dispose()
    {
        if (!_live)
        {
            return;
        }

        _live = false;
        _joined?.Dispose();
        _joined = null;
        Count = 0;
        DateAnchorCount = 0;
        if (_pooled)
        {
            ArrayPool<Token>.Shared.Return(_tokens);
            ArrayPool<int>.Shared.Return(_dateAnchors);
            _tokens = [];
            _dateAnchors = [];
            _pooled = false;
        }

        // Kept for the thread's next lex: a parse lexes thousands of short texts, and the same
        // buffers coming back are in cache where a pool's bucket for another size would not be.
        PerThread<TokenList>.Give(this);
    }

    /// <summary>
    /// An empty list with buffers for <paramref name="capacity"/> tokens and date anchors: a disposed one
    /// this thread kept, its buffers grown if they are smaller, or a new one. The lexer fills it (<see cref="Fill"/>).
    /// </summary>
    internal static TokenList Rent(int capacity)
    {
        var list = PerThread<TokenList>.Take() ?? new TokenList();
        if (capacity > MaxKept)
        {
            list._tokens = ArrayPool<Token>.Shared.Rent(capacity);
            list._dateAnchors = ArrayPool<int>.Shared.Rent(capacity);
            list._pooled = true;
        }
        else if (list._tokens.Length < capacity)
        {
            int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, MinKept));
            list._tokens = new Token[size];
            list._dateAnchors = new int[size];
        }

        return list;
    }

    /// <summary>Sets how many tokens and date anchors the lexer wrote, and the words it joined.</summary>
    internal void Fill(int count, int dateAnchorCount, JoinedWords? joined)
    {
        Count = count;
        DateAnchorCount = dateAnchorCount;
        _joined = joined;
        _live = true;
    }
}
