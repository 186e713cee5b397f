using System.Buffers;
using ImrParsing.Lexing;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The word lexer before its runs were read a character at a time with a class table: a
/// vectorized search for each run's end and a second look at the run for its kind. The baseline of
/// `WordLexerBenchmarks` and the reference of `WordLexerReferenceTests` (shared as source).
/// </summary>
internal static class BaselineWordLexer
{
    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

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

    /// <summary>
    /// The tokens of the <paramref name="ranges"/> of <paramref name="text"/>, in order, in one list,
    /// with offsets into <paramref name="text"/>: each range must start at the text's start or at white
    /// space and end at white space or the text's end, neither right after a hyphen
    /// (<see cref="WordWindows"/>), so that its tokens are those a lex of the whole text makes there.
    /// </summary>
    public static TokenList Lex(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> ranges)
    {
        int length = 0;
        foreach (var (start, end) in ranges)
        {
            length += end - start;
        }

        return Lex(text, ranges, length);
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
                if (!char.IsLetterOrDigit(c))
                {
                    if (CharSets.IsSpace(c))
                    {
                        space = true;
                    }
                    else if (c == '-' && count > 0 && !space && TextNormalizer.IsLineEndHyphen(text, i, out int resume))
                    {
                        // "10%-" / "Cyclobenzaprine": the hyphen and the line break are dropped, no space between.
                        i = resume;
                        continue;
                    }
                    else
                    {
                        tokens[count++] = new Token(i, 1, TokenKind.Punctuation, space, WordKeys.None);
                        space = false;
                    }

                    i++;
                    continue;
                }

                int start = i;
                int end = RunEnd(text, i);
                var run = text[start..end];
                if (JoinedRunStart(text, end) >= 0)
                {
                    run = (joined ??= new JoinedWords(length)).Join(text, count, start, ref end);
                }

                var kind = KindOf(run);
                short key = kind == TokenKind.Word ? WordKeys.Of(run) : WordKeys.None;
                if (kind == TokenKind.Number || WordKeys.Month(key) > 0)
                {
                    dateAnchors[dateAnchorCount++] = count;
                }

                tokens[count++] = new Token(start, end - start, kind, space, key);
                space = false;
                i = end;
            }
        }

        return new TokenList(tokens, count, dateAnchors, dateAnchorCount, joined);
    }

    // Where the run ending at `end` goes on past hyphens that end lines ("treat-" / "ment"), or -1.
    internal static int JoinedRunStart(ReadOnlySpan<char> text, int end)
    {
        int at = end;
        while (at < text.Length && text[at] == '-' && TextNormalizer.IsLineEndHyphen(text, at, out int resume))
        {
            at = resume;
        }

        return at != end && at < text.Length && char.IsLetterOrDigit(text[at]) ? at : -1;
    }

    // The end of the run of letters and digits at `start`: a vectorized search over ASCII, a
    // character at a time past it.
    internal static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (true)
        {
            int length = text[end..].IndexOfAnyExcept(AsciiLettersAndDigits);
            if (length < 0)
            {
                return text.Length;
            }

            end += length;
            if (!char.IsLetterOrDigit(text[end]))
            {
                return end;
            }

            end++;
        }
    }

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
