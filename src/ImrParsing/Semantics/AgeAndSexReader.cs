using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using Pidgin;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the patient's age and sex (<see cref="PatientGrammar.AgeThenSex"/>, <see cref="PatientGrammar.SexOnly"/>)
/// at the tokens they start with: a number, or the word "a". The grammar reads the source there,
/// so that "47-year-" / "old" at a line end reads as the compound it is; ranges are the source's.
/// </summary>
internal static class AgeAndSexReader
{
    /// <summary>
    /// How many tokens "48 year old male" takes at most: the age, a hyphen, "years", a hyphen, "old",
    /// a comma and the sex (<see cref="PatientGrammar.AgeThenSex"/>).
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
                && Read(text, a, PatientGrammar.SexOnly) is { } found)
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
        return window.Contains("year", StringComparison.OrdinalIgnoreCase) ? Read(text, at, PatientGrammar.AgeThenSex) : null;
    }

    private static (AgeAndSex Found, int Next)? Read(LexedText text, int at, Parser<char, AgeAndSex> rule)
    {
        // Run at the token's place of the source, the rule's offsets are the source's.
        if (!rule.TryMatchAt(text.Text, text.Tokens[at].Start, out var found, out int end))
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
