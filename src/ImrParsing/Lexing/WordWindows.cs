using System.Buffers;
using ImrParsing.Text;

namespace ImrParsing.Lexing;

/// <summary>
/// Where a part of a text can be lexed alone and give the tokens a lex of the whole text gives
/// there: at the first character of a run of white space that no hyphen precedes (a hyphen and
/// the line break after it join two words), or at the text's ends. Words are counted in groups,
/// the characters between two such places.
/// </summary>
internal static class WordWindows
{
    /// <summary>Whether a run of letters and digits is a word sought.</summary>
    public delegate bool WordTest(ReadOnlySpan<char> run);

    /// <summary>
    /// The next place at or after <paramref name="from"/> where one of <paramref name="words"/>
    /// starts a run of letters and digits that <paramref name="isWord"/> accepts, or a run a
    /// line-end hyphen continues (whose joined word only the lexer tells), or -1; a run starts at
    /// <paramref name="lower"/> or after a character that is no letter or digit.
    /// </summary>
    public static int NextWord(ReadOnlySpan<char> text, int lower, int from, SearchValues<string> words, WordTest isWord)
    {
        while (from < text.Length)
        {
            int hit = text[from..].IndexOfAny(words);
            if (hit < 0)
            {
                return -1;
            }

            hit += from;
            if (hit > lower && char.IsLetterOrDigit(text[hit - 1]))
            {
                from = hit + 1;
                continue;
            }

            int end = WordLexer.RunEnd(text, hit);
            if (isWord(text[hit..end]) || WordLexer.JoinedRunStart(text, end) >= 0)
            {
                return hit;
            }

            from = end;
        }

        return -1;
    }

    /// <summary>
    /// The place <paramref name="groups"/> groups before the one holding <paramref name="at"/>, not
    /// before <paramref name="lower"/>; a group of opening parentheses alone is not counted, as a
    /// date's cue is read past them.
    /// </summary>
    public static int Before(ReadOnlySpan<char> text, int lower, int at, int groups)
    {
        // A character at a time: groups are a word or two long, shorter than a vectorized search's setup.
        int found = 0;
        int groupEnd = at;
        while (true)
        {
            int space = groupEnd - 1;
            while (space >= lower && !CharSets.IsSpace(text[space]))
            {
                space--;
            }

            int runStart = space;
            while (runStart > lower && CharSets.IsSpace(text[runStart - 1]))
            {
                runStart--;
            }

            if (runStart <= lower)
            {
                return lower;
            }

            bool counted = found == 0 || HoldsOtherThanParentheses(text[(space + 1)..groupEnd]);
            groupEnd = runStart;
            if (text[runStart - 1] == '-' || !counted)
            {
                continue;
            }

            if (found++ == groups)
            {
                return runStart;
            }
        }
    }

    /// <summary>The place <paramref name="groups"/> groups after the end of the one holding <paramref name="at"/>, or <paramref name="upper"/>.</summary>
    public static int After(ReadOnlySpan<char> text, int at, int upper, int groups)
    {
        int found = 0;
        int space = at;
        while (true)
        {
            while (space < upper && !CharSets.IsSpace(text[space]))
            {
                space++;
            }

            if (space == upper)
            {
                return upper;
            }

            if (space > 0 && text[space - 1] != '-' && found++ == groups)
            {
                return space;
            }

            while (space < upper && CharSets.IsSpace(text[space]))
            {
                space++;
            }

            if (space == upper)
            {
                return upper;
            }
        }
    }

    private static bool HoldsOtherThanParentheses(ReadOnlySpan<char> group)
    {
        foreach (char c in group)
        {
            if (c != '(')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the token of <paramref name="tokens"/> that holds offset <paramref name="at"/>, or -1.</summary>
    public static int TokenAt(ReadOnlySpan<Token> tokens, int at)
    {
        int low = 0;
        int high = tokens.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (tokens[middle].Start <= at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && at < tokens[high].End ? high : -1;
    }
}
