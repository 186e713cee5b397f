using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the patient's age and sex ("a 48 year old male", "a 47-year-old female", "62 years old,
/// male", or without the age, "is a female who") at the tokens they start with: a number, or the word "a". The rules are read by hand over the
/// source there (<see cref="AgeThenSexAt"/>, <see cref="SexOnlyAt"/>), so that "47-year-" / "old"
/// at a line end reads as the compound it is; offsets are the source's.
/// </summary>
internal static class AgeAndSexReader
{
    /// <summary>
    /// How many tokens "48 year old male" takes at most: the age, a hyphen, "years", a hyphen, "old",
    /// a comma and the sex.
    /// </summary>
    public const int Reach = 7;

    /// <summary>The first "48 year old male" of <paramref name="text"/>, else the first "a female", or null.</summary>
    public static AgeAndSex? Find(LexedText text, AnchorList anchors) => FirstAgeThenSex(text) ?? SexOnly(text, anchors);

    /// <summary>The first "48 year old male" of <paramref name="text"/>, read at its numbers, or null.</summary>
    public static AgeAndSex? FirstAgeThenSex(LexedText text)
    {
        foreach (int number in text.List.DateAnchors)
        {
            if (text.Tokens[number].Kind == TokenKind.Number && AgeThenSex(text, number) is { } stated)
            {
                return stated.Found;
            }
        }

        return null;
    }

    /// <summary>The first "a female" of <paramref name="text"/>, read at its anchors, or null.</summary>
    public static AgeAndSex? SexOnly(LexedText text, AnchorList anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        for (int k = 0; k < anchors.Count; k++)
        {
            int a = anchors.Tokens[k];
            if ((anchors.Rules[k] & NarrativeAnchors.SexOnly) != 0 && (a == 0 || text.Tokens[a].SpaceBefore)
                && Read(text, a, SexOnlyAt) is { } found)
            {
                return found.Found;
            }
        }

        return null;
    }

    /// <summary>"48 year old male" at token <paramref name="at"/>, with the index of the token after it, or null.</summary>
    public static (AgeAndSex Found, int Next)? AgeThenSex(LexedText text, int at)
    {
        if (at >= text.Count || text.Tokens[at].Kind != TokenKind.Number || text.Tokens[at].Length > 3)
        {
            return null;
        }

        // Only where "year" follows within a few characters: most numbers are no age.
        int after = text.Tokens[at].End;
        var window = text.Text[after..Math.Min(text.Text.Length, after + 8)];
        return window.Contains("year", StringComparison.OrdinalIgnoreCase) ? Read(text, at, AgeThenSexAt) : null;
    }

    /// <summary>
    /// "48 year old male" at <paramref name="start"/> of <paramref name="text"/>, by
    /// hand: one to three digits, "year" or "years" and "old" each after a hyphen (and any white space)
    /// or white space, a comma or not, white space or not, and "male" or "female" as a whole word.
    /// </summary>
    internal static bool AgeThenSexAt(ReadOnlySpan<char> text, int start, out AgeAndSex found, out int end)
    {
        found = default;
        end = start;
        int i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        int digitsEnd = i;
        if (digitsEnd == start || digitsEnd - start > 3
            || !Separator(text, ref i) || !Word(text, ref i, "year"))
        {
            return false;
        }

        if (i < text.Length && text[i] == 's')
        {
            i++;
        }

        if (!Separator(text, ref i) || !Word(text, ref i, "old"))
        {
            return false;
        }

        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        i += TextParsers.SpaceLength(text[i..]);
        if (!SexWord(text, i, out var sex, out end))
        {
            return false;
        }

        found = new AgeAndSex((DateGrammar.Parse(text[start..digitsEnd]), start, digitsEnd), (sex, i, end));
        return true;
    }

    /// <summary>"a female" at <paramref name="start"/> of <paramref name="text"/>, by hand: "a", white space, and "male" or "female" as a whole word.</summary>
    internal static bool SexOnlyAt(ReadOnlySpan<char> text, int start, out AgeAndSex found, out int end)
    {
        found = default;
        end = start;
        int i = start;
        if (!Word(text, ref i, "a "))
        {
            return false;
        }

        if (!SexWord(text, i, out var sex, out end))
        {
            return false;
        }

        found = new AgeAndSex(null, (sex, i, end));
        return true;
    }

    private delegate bool Rule(ReadOnlySpan<char> text, int start, out AgeAndSex found, out int end);

    // Between "48", "year" and "old": a hyphen and any white space (a line may end there), or white space.
    private static bool Separator(ReadOnlySpan<char> text, ref int i)
    {
        if (i < text.Length && text[i] == '-')
        {
            i++;
            i += TextParsers.SpaceLength(text[i..]);
            return true;
        }

        int space = TextParsers.SpaceLength(text[i..]);
        i += space;
        return space > 0;
    }

    private static bool Word(ReadOnlySpan<char> text, ref int i, string phrase)
    {
        int length = Phrase.MatchLength(text[i..], phrase);
        if (length < 0)
        {
            return false;
        }

        i += length;
        return true;
    }

    // "female" or "male" at `start`, not followed by a letter.
    private static bool SexWord(ReadOnlySpan<char> text, int start, out Sex sex, out int end)
    {
        end = start;
        sex = Sex.Female;
        if (!Word(text, ref end, "female"))
        {
            sex = Sex.Male;
            if (!Word(text, ref end, "male"))
            {
                return false;
            }
        }

        return end == text.Length || !char.IsLetter(text[end]);
    }

    private static (AgeAndSex Found, int Next)? Read(LexedText text, int at, Rule rule)
    {
        if (!rule(text.Text, text.Tokens[at].Start, out var found, out int end))
        {
            return null;
        }

        int next = at;
        while (next < text.Count && text.Tokens[next].Start < end)
        {
            next++;
        }

        return (found, next);
    }
}
