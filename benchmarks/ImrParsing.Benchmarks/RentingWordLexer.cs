using System.Buffers;
using ImrParsing.Lexing;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The word lexer before its token lists kept their buffers for the thread's next lex: the same
/// loop, the buffers rented from the shared pool at each lex, sized by its characters (so texts of
/// other sizes get other, colder arrays). A baseline of `WordLexerBenchmarks`.
/// </summary>
internal static class RentingWordLexer
{
    // A character's class: an ASCII letter or digit, another letter, another letter-or-digit
    // (which makes a run Mixed), white space, or anything else.
    private const int Other = 0;
    private const int Letter = 1;
    private const int Digit = 2;
    private const int OtherDigit = 4;
    private const int Space = 8;
    private const int InRun = Letter | Digit | OtherDigit;

    /// <summary>The tokens of <paramref name="text"/>; dispose the list to return its buffers.</summary>
    public static TokenList Lex(ReadOnlySpan<char> text) => Lex(text, 0);

    /// <summary>
    /// The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>,
    /// with offsets into the whole of <paramref name="text"/>; dispose the list to return its buffers.
    /// </summary>
    public static TokenList Lex(ReadOnlySpan<char> text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        return Lex(text[..end], start);
    }

    private static TokenList Lex(ReadOnlySpan<char> text, int from) => Lex(text, [(from, text.Length)], text.Length - from);

    private static TokenList Lex(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> ranges, int characters)
    {
        // A token takes at least one character, so the characters lexed bound the buffers.
        int length = Math.Max(1, characters);
        var tokens = ArrayPool<Token>.Shared.Rent(length);
        int[] dateAnchors = ArrayPool<int>.Shared.Rent(length);
        JoinedWords? joined = null; // made for the first word a line-end hyphen breaks: most texts have none
        int count = 0;
        int dateAnchorCount = 0;
        foreach (var (from, to) in ranges)
        {
            bool space = false;
            int i = from;
            while (i < to)
            {
                char c = text[i];
                int kind = ClassOf(c);
                if (kind == Space)
                {
                    space = true;
                    i++;
                    continue;
                }

                if (kind == Other)
                {
                    if (c == '-' && count > 0 && !space && TextNormalizer.IsLineEndHyphen(text, i, out int resume))
                    {
                        // "10%-" / "Cyclobenzaprine": the hyphen and the line break are dropped, no space between.
                        i = resume;
                        continue;
                    }

                    tokens[count++] = new Token(i, 1, TokenKind.Punctuation, space, WordKeys.None);
                    space = false;
                    i++;
                    continue;
                }

                // The run and its kind in one pass: most runs are short words.
                int start = i;
                int seen = kind;
                for (i++; i < text.Length && ((kind = ClassOf(text[i])) & InRun) != 0; i++)
                {
                    seen |= kind;
                }

                int end = i;
                var run = text[start..end];
                TokenKind tokenKind;
                if (end < text.Length && text[end] == '-' && WordLexer.JoinedRunStart(text, end) >= 0)
                {
                    run = (joined ??= new JoinedWords(length)).Join(text, count, start, ref end);
                    tokenKind = KindOf(run);
                }
                else
                {
                    tokenKind = seen == Digit ? TokenKind.Number : seen == Letter ? TokenKind.Word : TokenKind.Mixed;
                }

                short key = tokenKind == TokenKind.Word ? WordKeys.Of(run) : WordKeys.None;
                if (tokenKind == TokenKind.Number || WordKeys.Month(key) > 0)
                {
                    dateAnchors[dateAnchorCount++] = count;
                }

                tokens[count++] = new Token(start, end - start, tokenKind, space, key);
                space = false;
                i = end;
            }
        }

        return new TokenList(tokens, count, dateAnchors, dateAnchorCount, joined);
    }

    private static int ClassOf(char c) => c < 128 ? AsciiClasses[c] : NonAsciiClass(c);

    private static int NonAsciiClass(char c) =>
        char.IsLetter(c) ? Letter : char.IsLetterOrDigit(c) ? OtherDigit : CharSets.IsSpace(c) ? Space : Other;

    // The classes of the ASCII characters: white space from tab to carriage return and the space,
    // digits, letters; the rest is Other.
    private static ReadOnlySpan<byte> AsciiClasses =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 8, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    private static TokenKind KindOf(ReadOnlySpan<char> run)
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
