using System.Runtime.CompilerServices;
using ImrParsing.Text;

namespace ImrParsing.Lexing;

/// <summary>
/// Writes a lex's tokens into its list's buffers: each run's kind and vocabulary key, a run broken
/// by line-end hyphens joined, the date anchors noted as the tokens come.
/// </summary>
internal struct TokenWriter(TokenList list, int capacity)
{
    private readonly Token[] _tokens = list.TokenBuffer;
    private readonly int[] _dateAnchors = list.DateAnchorBuffer;
    private JoinedWords? _joined; // made for the first word a line-end hyphen breaks: most texts have none
    private int _dateAnchorCount;

    /// <summary>How many tokens are written.</summary>
    public int Count { get; private set; }

    /// <summary>A punctuation mark at <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPunctuation(int at, bool spaceBefore) =>
        _tokens[Count++] = new Token(at, 1, TokenKind.Punctuation, spaceBefore, WordKeys.None);

    /// <summary>
    /// The run of letters and digits from <paramref name="start"/> to <paramref name="end"/>, of
    /// <paramref name="kind"/>, or, where a line-end hyphen breaks it, it and the runs it goes on to;
    /// returns the end of what it took.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int AddRun(ReadOnlySpan<char> text, int start, int end, TokenKind kind, bool spaceBefore)
    {
        var run = text[start..end];
        if (end < text.Length && HyphenLookalikes.MayJoinLines(text[end]) && WordLexer.JoinedRunStart(text, end) >= 0)
        {
            run = (_joined ??= new JoinedWords(capacity)).Join(text, Count, start, ref end);
            kind = KindOf(run);
        }

        short key = kind == TokenKind.Word ? WordKeys.Of(run) : WordKeys.None;
        if (kind == TokenKind.Number || WordKeys.Month(key) > 0)
        {
            _dateAnchors[_dateAnchorCount++] = Count;
        }

        _tokens[Count++] = new Token(start, end - start, kind, spaceBefore, key);
        return end;
    }

    /// <summary>The list, filled.</summary>
    public readonly TokenList Finish()
    {
        list.Fill(Count, _dateAnchorCount, _joined);
        return list;
    }

    /// <summary>The kind of a run joined across line-end hyphens, read from its characters.</summary>
    internal static TokenKind KindOf(ReadOnlySpan<char> run)
    {
        if (!run.ContainsAnyExceptInRange('0', '9'))
        {
            return TokenKind.Number;
        }

        foreach (char c in run)
        {
            if (!char.IsLetter(c))
            {
                return TokenKind.Mixed;
            }
        }

        return TokenKind.Word;
    }
}
