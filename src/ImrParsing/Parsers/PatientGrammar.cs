using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>The patient's age and sex where the case summary states them.</summary>
/// <remarks>Offsets are those of the text the rule read: the source's where a reader runs it at a place of the source.</remarks>
/// <param name="Age">The age and where it is, when stated.</param>
/// <param name="Sex">The sex and where it is.</param>
internal readonly record struct AgeAndSex((int Value, int Start, int End)? Age, (Sex Value, int Start, int End) Sex);

/// <summary>
/// How the case summaries introduce the injured worker: "a 48 year old male", "a 47-year-old
/// female", "a 62 year old, male", or without the age, "is a female who"; and the word they call
/// the patient by: "The injured worker", "The applicant", "this patient", "the IW".
/// </summary>
internal static class PatientGrammar
{
    private static Parser<char, Unit> EndOfWord { get; } =
        Lookahead(Parser<char>.Token(c => !char.IsLetter(c)).IgnoreResult().Or(Parser<char>.End));

    // Between "48", "year" and "old": a hyphen (which may end a line) or any white space.
    private static readonly Parser<char, Unit> Separator = OneOf(Char('-').Then(TextParsers.Space), TextParsers.RequiredSpace);

    /// <summary>"male" or "female", as a whole word.</summary>
    public static Parser<char, Sex> SexWord { get; } =
        OneOf(
                TextParsers.Phrase("female").ThenReturn(Sex.Female),
                TextParsers.Phrase("male").ThenReturn(Sex.Male))
            .Before(EndOfWord)
            .Labelled("\"male\" or \"female\"");

    /// <summary>"48 year old male", "47-year-old female", "62 years old, male".</summary>
    public static Parser<char, AgeAndSex> AgeThenSex { get; } =
        Map(
            (age, sex) => new AgeAndSex(age, sex),
            TextParsers.WithBounds(DateGrammar.Number(3))
                .Before(Separator)
                .Before(TextParsers.Phrase("year"))
                .Before(Char('s').Optional())
                .Before(Separator)
                .Before(TextParsers.Phrase("old"))
                .Before(Char(',').Optional())
                .Before(TextParsers.Space)
                .Select(age => ((int Value, int Start, int End)?)age),
            TextParsers.WithBounds(SexWord));

    /// <summary>"a female", "a male": the sex without an age.</summary>
    public static Parser<char, AgeAndSex> SexOnly { get; } =
        TextParsers.Phrase("a ").Then(TextParsers.WithBounds(SexWord)).Select(sex => new AgeAndSex(null, sex));

    /// <summary>The words a letter calls the patient by, in the order tried, with the canonical term each stands for.</summary>
    public static ImmutableArray<(string Words, string Term)> TermWords { get; } =
    [
        ("injured worker", "injured worker"),
        ("injured employee", "employee"),
        ("patient", "patient"),
        ("claimant", "claimant"),
        ("applicant", "applicant"),
        ("employee", "employee"),
        ("worker", "injured worker"),
        ("IW", "injured worker"),
    ];

    /// <summary>The words before a term that make it name the patient, in the order tried: "the", "this", "that", "our", "is a", "was a".</summary>
    public static ImmutableArray<string> TermLeads { get; } = ["the", "this", "that", "our", "is a", "was a"];

    /// <summary>
    /// The words a letter calls the patient by, as a whole word, with the canonical term each
    /// stands for: "injured worker" (also "IW" and "worker"), "employee" (also "injured
    /// employee"), "patient", "claimant", "applicant".
    /// </summary>
    public static Parser<char, string> Term { get; } =
        OneOf(TermWords.Select(term => TextParsers.Phrase(term.Words).ThenReturn(term.Term)))
            .Before(EndOfWord)
            .Labelled("\"injured worker\", \"patient\", \"claimant\", \"applicant\" or \"employee\"");

    /// <summary>
    /// The term where it names the patient: after "the", "this", "that", "our", "is a" or "was a",
    /// with the age and sex between them or not ("The injured worker", "The 58 year old female
    /// injured worker", "This is a patient"); "a patient" alone ("to prevent a patient from
    /// falling") names someone else. Returns the canonical term and the offsets of its words.
    /// </summary>
    public static Parser<char, (string Value, int Start, int End)> NamedTerm { get; } =
        TextParsers.FirstMatch(TermLeads.Select(lead => TextParsers.Phrase(lead + " ")))
            .Then(AgeThenSex.Before(TextParsers.Space).Optional())
            .Then(TextParsers.WithBounds(Term));
}
