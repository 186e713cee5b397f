using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>A drug of an injection as the grammar read it: its name, and its amount and strength where stated.</summary>
/// <param name="Amount">The amount before the drug ("2cc" of "2cc of bupivacaine").</param>
/// <param name="Name">The drug's name, with a brand name in brackets after it ("triamcinolone (Kenalog)").</param>
/// <param name="Strength">The strength after it ("0.5%", "40mg", "40 mg/ml").</param>
internal readonly record struct InjectionDrugPiece(OffsetRange? Amount, OffsetRange Name, OffsetRange? Strength);

/// <summary>
/// How injection and infusion requests name what is injected and where: a drug with its amount
/// and strength ("2cc of bupivacaine 0.5%", "1 mL of Kenalog 40 mg/ml", "80mg Depo-Medrol",
/// "triamcinolone (Kenalog) 40mg"), the kind of injection and its approach
/// (<see cref="InjectionNames"/>) and spinal levels ("L4-5", "L5-S1", "C5/6", "T12-L1", "L4").
/// </summary>
internal static class InjectionGrammar
{
    private static readonly string[] AmountUnits = ["cc", "ccs", "ml", "mls", "mg", "mcg", "units", "unit", "IU"];

    private static Parser<char, Unit> DrugName { get; } = TextParsers.FirstMatch(InjectionNames.Drugs.Select(TextParsers.Keyword));

    /// <summary>An amount given: "2cc", "1 mL", "80mg", "100 units", "0.5 cc"; an "of" after it is read too but left out of its range.</summary>
    public static Parser<char, OffsetRange> Amount { get; } =
        TextParsers.Captured(
                TextParsers.DecimalNumber.Then(TextParsers.FirstMatch(AmountUnits.SelectMany(unit => new[] { unit, " " + unit }).Select(TextParsers.Keyword))))
            .Before(TextParsers.FirstMatch([TextParsers.Phrase(" of "), TextParsers.Phrase(" ")]));

    /// <summary>An injected drug with its amount and strength where stated: "2cc of bupivacaine 0.5%", "Kenalog 40mg", "Synvisc-One".</summary>
    public static Parser<char, InjectionDrugPiece> Drug { get; } =
        Map(
            (amount, name, strength) => new InjectionDrugPiece(amount.HasValue ? amount.Value : null, name, strength.HasValue ? strength.Value : null),
            Amount.Optional(),
            TextParsers.Captured(DrugName.Then(TextParsers.PhraseBefore(" (", DrugName).Then(DrugName).Then(Char(')')).Optional())),
            TextParsers.PhraseBefore(" ", MedicationGrammar.Strength).Then(MedicationGrammar.Strength).Optional());

    /// <summary>A kind of injection, canonical (<see cref="InjectionNames.Kinds"/>), with its rank there (lower is more specific).</summary>
    public static Parser<char, (string Kind, int Rank)> Kind { get; } =
        TextParsers.FirstMatch(InjectionNames.Kinds.SelectMany((kind, rank) => kind.Phrases.Select(phrase => TextParsers.Keyword(phrase).ThenReturn((kind.Kind, rank)))));

    /// <summary>The approach of a spinal injection: "transforaminal", "interlaminar", "caudal"; canonical in lower case.</summary>
    public static Parser<char, string> Approach { get; } =
        TextParsers.FirstMatch(InjectionNames.Approaches.Select(approach => TextParsers.Keyword(approach).ThenReturn(approach)));

    // A vertebra's number: one or two digits.
    private static Parser<char, Unit> LevelNumber { get; } =
        TextParsers.Digits.Assert(digits => digits.Length <= 2, "a vertebra's number").IgnoreResult();

    /// <summary>The letters of the spine's regions a vertebra is named with: a level starts with one.</summary>
    public const string VertebraLetters = "CTLSctls";

    // A vertebra: its region's letter and number ("L5", "S1", "T12").
    private static Parser<char, Unit> Vertebra { get; } = TextParsers.AnyOf(VertebraLetters).Then(LevelNumber);

    /// <summary>A spinal level or a disc between two: "L4", "L4-5", "L5-S1", "C5/6", "T12-L1"; returns its range.</summary>
    public static Parser<char, OffsetRange> Level { get; } =
        TextParsers.Captured(
                Vertebra.Then(OneOf(
                        TextParsers.Joiner("-/").Then(LevelNumber),
                        TextParsers.PhraseBefore("-", Vertebra).Then(Vertebra),
                        TextParsers.PhraseBefore("/", Vertebra).Then(Vertebra))
                    .Optional()))
            .Before(Not(Parser<char>.Token(char.IsLetterOrDigit)));
}
