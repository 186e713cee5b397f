using System.Buffers;
using ImrParsing.Text;

namespace ImrParsing.Lexing;

/// <summary>
/// Splits a text into tokens in one pass: maximal runs of letters and digits (a word, a number
/// or a mix), single punctuation characters, white space between them noted on the token after
/// it. The same pass indexes the tokens the readers start at, so no reader scans every position.
/// </summary>
internal static class WordLexer
{
    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The tokens of <paramref name="text"/>; dispose the list to return its buffers.</summary>
    public static TokenList Lex(ReadOnlySpan<char> text)
    {
        // A token takes at least one character, so the text's length bounds both buffers.
        var tokens = ArrayPool<Token>.Shared.Rent(Math.Max(1, text.Length));
        int[] dateAnchors = ArrayPool<int>.Shared.Rent(Math.Max(1, text.Length));
        int count = 0;
        int dateAnchorCount = 0;
        bool space = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (CharSets.IsSpace(c))
                {
                    space = true;
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

        return new TokenList(tokens, count, dateAnchors, dateAnchorCount);
    }

    // The end of the run of letters and digits at `start`: a vectorized search over ASCII, a
    // character at a time past it.
    private static int RunEnd(ReadOnlySpan<char> text, int start)
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
