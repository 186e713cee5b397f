using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;
using Pidgin;
using static ImrParsing.Semantics.MedicationGrammar;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A medication's strength, dosage form and qualifier words as Pidgin rules over characters, with
/// <c>MedicationGrammar</c>'s word lists, before the readers read them on the request's tokens
/// (<c>StrengthReader</c>, <c>DosageFormReader</c>, <c>MedicationReader</c>): the rules' description
/// and the reference tests' rules.
/// </summary>
internal static class PidginMedicationGrammar
{
    /// <summary>"mg", "mcg", "%", "mEq", "IU", with or without a space before it.</summary>
    public static Parser<char, Unit> StrengthUnit { get; } =
        OneOf(
            Char('%').IgnoreResult(),
            TextParsers.FirstMatch(StrengthUnits.Select(TextParsers.Keyword)));

    /// <summary>"10", "10/325", "30.5/30/16", "7.5-325": numbers joined by slashes or hyphens.</summary>
    public static Parser<char, Unit> Numbers { get; } =
        TextParsers.DecimalNumber.Then(TextParsers.Joiner("/-").Then(TextParsers.DecimalNumber).SkipMany());

    /// <summary>
    /// A strength: "50mg", "10/325mg", "7.5-325mg", "75-0.2mg", "5%", "0.025%", "4%-27.5%-0.0325%",
    /// "25mg/ml", "10mg/1ml", "10mcg/hr"; returns its range.
    /// </summary>
    public static Parser<char, OffsetRange> Strength { get; } =
        PidginTextParsers.Captured(
            Numbers
                .Then(StrengthUnit)
                .Then(OneOf(TextParsers.FirstMatch(PerUnits.Select(TextParsers.Keyword)), TextParsers.Joiner("/").Then(TextParsers.DecimalNumber).Then(TextParsers.Keyword(PerVolume))).Optional())
                .Then(TextParsers.Joiner("-").Then(Numbers).Then(StrengthUnit).SkipMany()));

    /// <summary>A dosage form, as whole words: "patch", "oral suspension", "cream base" (an "in" before it is left out of the range).</summary>
    public static Parser<char, OffsetRange> Form { get; } =
        TextParsers.Keyword(InForm).Then(TextParsers.Space).Optional()
            .Then(PidginTextParsers.Captured(TextParsers.FirstMatch(FormPhrases.Select(TextParsers.Keyword))));

    /// <summary>Words that open a request before the drug's name: "Retrospective", "Post-op", "Compound".</summary>
    public static Parser<char, Unit> Qualifier { get; } = OneOf(QualifierWords.Select(TextParsers.Keyword));
}
