using System.Collections.Immutable;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>Credentials stated in prose, in the letter's offsets: where each list is in the sentence.</summary>
/// <param name="Specialties">The board certification(s).</param>
/// <param name="Subspecialties">The subspecialty, when there is one.</param>
/// <param name="States">The states of licensure.</param>
/// <param name="Sentence">The whole statement, from "Board Certified" to the full stop.</param>
internal readonly record struct ProseCredentials(
    (int Start, int End) Specialties, (int Start, int End)? Subspecialties, (int Start, int End) States, (int Start, int End) Sentence);

/// <summary>
/// The reviewer's credentials in prose, as the older letters state them: "The physician reviewer is
/// Board Certified in Internal Medicine and has a subspecialty in Pulmonary Diseases and is licensed
/// to practice in California." or "... is Board Certified in Physical Medicine Rehab, has a
/// subspecialty in Pain Medicine and is licensed to practice in California."; the reviewer's report
/// of the "MEDICAL PROFESSIONAL REVIEW" layout may say "board-certified in", "with a subspecialty
/// in" and "licensed in".
/// </summary>
internal static class CredentialsGrammar
{
    /// <summary>The phrases that introduce the specialties.</summary>
    public static ImmutableArray<string> CertifiedPhrases { get; } = ["Board Certified in", "Board-Certified in"];

    private static readonly string[] SubspecialtyPhrases = ["has a subspecialty in", "with a subspecialty in", "and a subspecialty in"];

    // Longest first: where two start at the same place, the first that matches is taken.
    private static readonly string[] LicensedPhrases =
        ["is licensed to practice medicine in", "is licensed to practice in", "is licensed in", "licensed to practice medicine in", "licensed to practice in", "licensed in"];

    private static readonly string[] ListEnds = [.. SubspecialtyPhrases, .. LicensedPhrases];

    /// <summary>
    /// The statement of <paramref name="text"/> at <paramref name="start"/>, from "Board Certified
    /// in" to the full stop after the states, read no further than <paramref name="end"/>: the
    /// specialties up to the subspecialty or licensure phrase, the subspecialties up to the
    /// licensure phrase, the states up to the full stop. Null when a part is missing.
    /// </summary>
    public static ProseCredentials? Read(string text, int start, int end)
    {
        var source = text.AsSpan(0, end);
        int at = After(source, start, CertifiedPhrases.AsSpan());
        if (at < 0)
        {
            return null;
        }

        int specialties = at + TextParsers.SpaceLength(source[at..]);
        int specialtiesEnd = Until(source, specialties, ListEnds);
        if (specialtiesEnd < 0)
        {
            return null;
        }

        (int Start, int End)? subspecialties = null;
        at = specialtiesEnd;
        if (After(source, at, SubspecialtyPhrases) is int sub and >= 0)
        {
            int subStart = sub + TextParsers.SpaceLength(source[sub..]);
            at = Until(source, subStart, LicensedPhrases);
            if (at < 0)
            {
                return null;
            }

            subspecialties = (subStart, at);
        }

        at = After(source, at, LicensedPhrases);
        if (at < 0)
        {
            return null;
        }

        int states = at + TextParsers.SpaceLength(source[at..]);
        int stop = source[states..].IndexOf('.');
        return stop < 0
            ? null
            : new ProseCredentials((specialties, specialtiesEnd), subspecialties, (states, states + stop), (start, states + stop + 1));
    }

    // Past the first of `phrases` that matches at `at`, or -1.
    private static int After(ReadOnlySpan<char> source, int at, ReadOnlySpan<string> phrases)
    {
        foreach (string phrase in phrases)
        {
            int length = Phrase.MatchLength(source[at..], phrase);
            if (length >= 0)
            {
                return at + length;
            }
        }

        return -1;
    }

    // Where the first of `phrases` after `at` starts, or -1.
    private static int Until(ReadOnlySpan<char> source, int at, string[] phrases)
    {
        int length = TextParsers.UntilLength(source[at..], phrases);
        return length < 0 ? -1 : at + length;
    }
}
