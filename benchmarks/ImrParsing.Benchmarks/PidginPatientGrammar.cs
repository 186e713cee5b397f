using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The case summary's patient rules as the Pidgin grammars that read them before the readers by
/// hand (<see cref="Semantics.AgeAndSexReader"/>, <see cref="Semantics.PatientTermReader"/>): the
/// rules' description, the baseline of `AgeAndSexBenchmarks` and the tests' reference (shared as
/// source). The word lists are <see cref="PatientGrammar"/>'s.
/// </summary>
internal static class PidginPatientGrammar
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

    /// <summary>
    /// The words a letter calls the patient by (<see cref="PatientGrammar.TermWords"/>), as a whole
    /// word, with the canonical term each stands for.
    /// </summary>
    public static Parser<char, string> Term { get; } =
        OneOf(PatientGrammar.TermWords.Select(term => TextParsers.Phrase(term.Words).ThenReturn(term.Term)))
            .Before(EndOfWord)
            .Labelled("\"injured worker\", \"patient\", \"claimant\", \"applicant\" or \"employee\"");

    /// <summary>
    /// The term where it names the patient: after one of <see cref="PatientGrammar.TermLeads"/>,
    /// with the age and sex between them or not ("The injured worker", "The 58 year old female
    /// injured worker", "This is a patient"); "a patient" alone ("to prevent a patient from
    /// falling") names someone else. Returns the canonical term and the offsets of its words.
    /// </summary>
    public static Parser<char, (string Value, int Start, int End)> NamedTerm { get; } =
        TextParsers.FirstMatch(PatientGrammar.TermLeads.Select(lead => TextParsers.Phrase(lead + " ")))
            .Then(AgeThenSex.Before(TextParsers.Space).Optional())
            .Then(TextParsers.WithBounds(Term));
}
