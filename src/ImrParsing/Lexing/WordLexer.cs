using System.Buffers;
using ImrParsing.Text;

namespace ImrParsing.Lexing;

/// <summary>
/// Splits a text into tokens in one pass: maximal runs of letters and digits (a word, a number
/// or a mix), single punctuation characters, white space between them noted on the token after
/// it. The same pass indexes the tokens the readers start at, so no reader scans every position.
/// </summary>
/// <remarks>
/// The source is read as its canonical form (<see cref="TextNormalizer"/>) reads: any run of white
/// space is one flag, and a hyphen that ends a line is dropped, a word broken there ("treat-" /
/// "ment") lexed as one token spanning both parts in the source, whose characters
/// <see cref="TokenList.Chars"/> gives joined ("treatment"). Offsets are the source's.
/// </remarks>
internal static class WordLexer
{
    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // A character's class: an ASCII letter or digit, another letter, another letter-or-digit
    // (which makes a run Mixed), white space, or anything else.
    private const int Other = 0;
    private const int Letter = 1;
    private const int Digit = 2;
    private const int OtherDigit = 4;
    private const int Space = 8;
    private const int InRun = Letter | Digit | OtherDigit;

    /// <summary>The tokens of <paramref name="text"/>; dispose the list to keep it for the thread's next lex.</summary>
    public static TokenList Lex(ReadOnlySpan<char> text) => Lex(text, 0);

    /// <summary>
    /// The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>,
    /// with offsets into the whole of <paramref name="text"/>; dispose the list to keep it for the thread's next lex.
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
        var list = TokenList.Rent(length);
        var tokens = list.TokenBuffer;
        int[] dateAnchors = list.DateAnchorBuffer;
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
                if (end < text.Length && text[end] == '-' && JoinedRunStart(text, end) >= 0)
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

        list.Fill(count, dateAnchorCount, joined);
        return list;
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
