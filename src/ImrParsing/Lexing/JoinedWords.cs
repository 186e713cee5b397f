using System.Buffers;

namespace ImrParsing.Lexing;

/// <summary>
/// The characters of the tokens a line-end hyphen broke ("treat-" / "ment" reads "treatment"), in
/// a buffer rented on the first such word: most texts have few, and a token elsewhere is its source.
/// </summary>
internal sealed class JoinedWords(int capacity) : IDisposable
{
    private char[] _chars = [];
    private int[] _tokens = [];
    private int[] _starts = [];
    private int _length;

    /// <summary>How many tokens were joined.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Joins the run from <paramref name="start"/> to <paramref name="end"/> with the runs after
    /// it past line-end hyphens, as token <paramref name="token"/>; moves <paramref name="end"/> to
    /// the last run's end and returns the joined characters.
    /// </summary>
    public ReadOnlySpan<char> Join(ReadOnlySpan<char> text, int token, int start, scoped ref int end)
    {
        if (_chars.Length == 0)
        {
            _chars = ArrayPool<char>.Shared.Rent(capacity);
            _tokens = ArrayPool<int>.Shared.Rent(capacity);
            _starts = ArrayPool<int>.Shared.Rent(capacity + 1);
        }

        int at = _length;
        Append(text[start..end]);
        for (int next = WordLexer.JoinedRunStart(text, end); next >= 0; next = WordLexer.JoinedRunStart(text, end))
        {
            end = WordLexer.RunEnd(text, next);
            Append(text[next..end]);
        }

        _tokens[Count] = token;
        _starts[Count++] = at;
        _starts[Count] = _length;
        return _chars.AsSpan(at, _length - at);
    }

    /// <summary>The joined characters of token <paramref name="token"/>, or false when it was not joined.</summary>
    public bool TryGet(int token, out ReadOnlySpan<char> chars)
    {
        chars = default;
        if (Count == 0)
        {
            return false;
        }

        int index = _tokens.AsSpan(0, Count).BinarySearch(token);
        if (index < 0)
        {
            return false;
        }

        chars = _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
        return true;
    }

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            ArrayPool<int>.Shared.Return(_tokens);
            ArrayPool<int>.Shared.Return(_starts);
            _chars = [];
            _tokens = [];
            _starts = [];
            Count = 0;
        }
    }

    private void Append(ReadOnlySpan<char> run)
    {
        run.CopyTo(_chars.AsSpan(_length));
        _length += run.Length;
    }
}
