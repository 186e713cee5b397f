using System.Buffers;
using ImrParsing.Lexing;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The word lexer before it read a window's runs from bit masks: a character at a time with a class
/// table. Its buffers are rented from the shared pool at each lex, sized by its characters (so texts
/// of other sizes get other, colder arrays), as before token lists kept theirs, or kept as now
/// (<see cref="TokenList.Rent"/>). Baselines of `WordLexerBenchmarks`.
/// </summary>
internal static class CharacterWordLexer
{
    /// <summary>Where a lex's buffers come from.</summary>
    internal enum Buffers
    {
        /// <summary>Rented from the shared pool at each lex.</summary>
        Rented,

        /// <summary>Kept by the thread's token lists.</summary>
        Kept,
    }

    /// <summary>The tokens of <paramref name="text"/>; dispose the list to return its buffers.</summary>
    public static TokenList Lex(ReadOnlySpan<char> text, Buffers buffers = Buffers.Rented) => Lex(text, 0, buffers);

    /// <summary>
    /// The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>,
    /// with offsets into the whole of <paramref name="text"/>; dispose the list to return its buffers.
    /// </summary>
    public static TokenList Lex(ReadOnlySpan<char> text, int start, int end, Buffers buffers = Buffers.Rented)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        return Lex(text[..end], start, buffers);
    }

    private static TokenList Lex(ReadOnlySpan<char> text, int from, Buffers buffers) => Lex(text, [(from, text.Length)], text.Length - from, buffers);

    private static TokenList Lex(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int End)> ranges, int characters, Buffers buffers)
    {
        // A token takes at least one character, so the characters lexed bound the buffers.
        int length = Math.Max(1, characters);
        var kept = buffers == Buffers.Kept ? TokenList.Rent(length) : null;
        var tokens = kept?.TokenBuffer ?? ArrayPool<Token>.Shared.Rent(length);
        int[] dateAnchors = kept?.DateAnchorBuffer ?? ArrayPool<int>.Shared.Rent(length);
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
                int kind = WordLexer.ClassOf(c);
                if (kind == WordLexer.Space)
                {
                    space = true;
                    i++;
                    continue;
                }

                if (kind == WordLexer.Other)
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
                for (i++; i < text.Length && ((kind = WordLexer.ClassOf(text[i])) & WordLexer.InRun) != 0; i++)
                {
                    seen |= kind;
                }

                int end = i;
                var run = text[start..end];
                TokenKind tokenKind;
                if (end < text.Length && text[end] == '-' && WordLexer.JoinedRunStart(text, end) >= 0)
                {
                    run = (joined ??= new JoinedWords(length)).Join(text, count, start, ref end);
                    tokenKind = TokenWriter.KindOf(run);
                }
                else
                {
                    tokenKind = seen == WordLexer.Digit ? TokenKind.Number : seen == WordLexer.Letter ? TokenKind.Word : TokenKind.Mixed;
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

        if (kept is null)
        {
            return new TokenList(tokens, count, dateAnchors, dateAnchorCount, joined);
        }

        kept.Fill(count, dateAnchorCount, joined);
        return kept;
    }
}
