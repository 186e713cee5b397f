using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>Credentials stated in prose: where each list is in the sentence.</summary>
/// <param name="Specialties">The board certification(s).</param>
/// <param name="Subspecialties">The subspecialty, when there is one.</param>
/// <param name="States">The states of licensure.</param>
/// <param name="Sentence">The whole statement, from "Board Certified" to the full stop.</param>
internal readonly record struct ProseCredentials(OffsetRange Specialties, OffsetRange? Subspecialties, OffsetRange States, OffsetRange Sentence);

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
    public static IReadOnlyList<string> CertifiedPhrases { get; } = ["Board Certified in", "Board-Certified in"];

    private static readonly string[] SubspecialtyPhrases = ["has a subspecialty in", "with a subspecialty in", "and a subspecialty in"];

    // Longest first: where two start at the same place, OneOf takes the first that matches.
    private static readonly string[] LicensedPhrases =
        ["is licensed to practice medicine in", "is licensed to practice in", "is licensed in", "licensed to practice medicine in", "licensed to practice in", "licensed in"];

    private static Parser<char, Unit> AnyPhrase(IEnumerable<string> phrases) => TextParsers.FirstMatch(phrases.Select(TextParsers.Phrase));

    /// <summary>The statement, from "Board Certified in" to the full stop after the states.</summary>
    public static Parser<char, ProseCredentials> Prose { get; } =
        Map(
            (start, specialties, subspecialties, states, end) => new ProseCredentials(specialties, subspecialties.HasValue ? subspecialties.Value : null, states, new OffsetRange(start, end)),
            TextParsers.Offset.Before(AnyPhrase(CertifiedPhrases)).Before(TextParsers.Space),
            TextParsers.Until([.. SubspecialtyPhrases, .. LicensedPhrases]),
            AnyPhrase(SubspecialtyPhrases).Then(TextParsers.Space).Then(TextParsers.Until(LicensedPhrases)).Optional(),
            AnyPhrase(LicensedPhrases).Then(TextParsers.Space).Then(TextParsers.Until(".")),
            Char('.').Then(TextParsers.Offset));
}
