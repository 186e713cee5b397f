using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>The patient's age and sex where the case summary states them.</summary>
/// <param name="Age">The age and where it is, when stated.</param>
/// <param name="Sex">The sex and where it is.</param>
public readonly record struct AgeAndSex((int Value, OffsetRange Range)? Age, (Sex Value, OffsetRange Range) Sex);

/// <summary>
/// How the case summaries introduce the injured worker: "a 48 year old male", "a 47-year-old
/// female", "a 62 year old, male", or without the age, "is a female who".
/// </summary>
public static class PatientGrammar
{
    // Between "48", "year" and "old": a hyphen (which may end a line) or any white space.
    private static readonly Parser<char, Unit> Separator = OneOf(Char('-').Then(TextParsers.Space), TextParsers.RequiredSpace);

    /// <summary>"male" or "female", as a whole word.</summary>
    public static Parser<char, Sex> SexWord { get; } =
        OneOf(
                TextParsers.Phrase("female").ThenReturn(Sex.Female),
                TextParsers.Phrase("male").ThenReturn(Sex.Male))
            .Before(Lookahead(Parser<char>.Token(c => !char.IsLetter(c)).IgnoreResult().Or(Parser<char>.End)))
            .Labelled("\"male\" or \"female\"");

    /// <summary>"48 year old male", "47-year-old female", "62 years old, male".</summary>
    public static Parser<char, AgeAndSex> AgeThenSex { get; } =
        Map(
            (age, sex) => new AgeAndSex(age, sex),
            TextParsers.WithRange(DateGrammar.Number(3))
                .Before(Separator)
                .Before(TextParsers.Phrase("year"))
                .Before(Char('s').Optional())
                .Before(Separator)
                .Before(TextParsers.Phrase("old"))
                .Before(Char(',').Optional())
                .Before(TextParsers.Space)
                .Select(age => ((int Value, OffsetRange Range)?)age),
            TextParsers.WithRange(SexWord));

    /// <summary>"a female", "a male": the sex without an age.</summary>
    public static Parser<char, AgeAndSex> SexOnly { get; } =
        TextParsers.Phrase("a ").Then(TextParsers.WithRange(SexWord)).Select(sex => new AgeAndSex(null, sex));
}
