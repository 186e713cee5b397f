using Pidgin;
using ImrParsing.Parsers.Combinators;
using static ImrParsing.Semantics.MedicationGrammar;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A medication's refills and where its directions begin as Pidgin rules over characters, before
/// <c>RefillsReader</c> and <c>DirectionsReader</c> read them by hand: the baselines' and the
/// reference tests' rules.
/// </summary>
internal static class PidginMedicationRules
{
    /// <summary>Refills: "1 refill", "one refill", "2 refills", "Two refills"; "refills: 2", "refills x 2". Returns the number.</summary>
    public static Parser<char, StatedNumber> Refills { get; } =
        OneOf(
            PidginNumbers.Number.Before(TextParsers.FirstMatch(RefillWords.Select(word => TextParsers.Keyword(" " + word)))),
            TextParsers.FirstMatch(RefillWords.Select(TextParsers.Keyword))
                .Then(TextParsers.Space)
                .Then(TextParsers.AnyOf(RefillCountMarks).Optional())
                .Then(TextParsers.Space)
                .Then(PidginNumbers.Number));

    /// <summary>Where directions for use begin: "apply", "1 by mouth", "one tablet", "1-2 tabs", "12 hours on", "as needed", "q4-6h".</summary>
    public static Parser<char, Unit> DirectionsStart { get; } =
        OneOf(
            TextParsers.FirstMatch(DirectionWords.Select(TextParsers.Keyword)),
            PidginNumbers.Amount.Then(TextParsers.FirstMatch(DoseWords.Select(TextParsers.Keyword))).IgnoreResult(),
            CIChar('q').Then(Digit).IgnoreResult());
}
