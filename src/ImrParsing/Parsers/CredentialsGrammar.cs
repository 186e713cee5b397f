using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>Credentials stated in prose: where each list is in the sentence.</summary>
/// <param name="Specialties">The board certification(s).</param>
/// <param name="Subspecialties">The subspecialty, when there is one.</param>
/// <param name="States">The states of licensure.</param>
/// <param name="Sentence">The whole statement, from "Board Certified" to the full stop.</param>
public readonly record struct ProseCredentials(OffsetRange Specialties, OffsetRange? Subspecialties, OffsetRange States, OffsetRange Sentence);

/// <summary>
/// The reviewer's credentials in prose, as the older letters state them: "The physician reviewer is
/// Board Certified in Internal Medicine and has a subspecialty in Pulmonary Diseases and is licensed
/// to practice in California." or "... is Board Certified in Physical Medicine Rehab, has a
/// subspecialty in Pain Medicine and is licensed to practice in California."
/// </summary>
public static class CredentialsGrammar
{
    private const string Subspecialty = "has a subspecialty in";
    private const string Licensed = "is licensed to practice in";

    /// <summary>The statement, from "Board Certified in" to the full stop after the states.</summary>
    public static Parser<char, ProseCredentials> Prose { get; } =
        Map(
            (start, specialties, subspecialties, states, end) => new ProseCredentials(specialties, subspecialties.HasValue ? subspecialties.Value : null, states, new OffsetRange(start, end)),
            TextParsers.Offset.Before(TextParsers.Phrase("Board Certified in")).Before(TextParsers.Space),
            TextParsers.Until(Subspecialty, Licensed),
            TextParsers.Phrase(Subspecialty).Then(TextParsers.Space).Then(TextParsers.Until(Licensed)).Optional(),
            TextParsers.Phrase(Licensed).Then(TextParsers.Space).Then(TextParsers.Until(".")),
            Char('.').Then(TextParsers.Offset));
}
