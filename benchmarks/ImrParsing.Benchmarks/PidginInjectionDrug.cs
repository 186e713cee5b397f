using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.InjectionGrammar;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>A drug of an injection as the grammar read it: its name, and its amount and strength where stated.</summary>
/// <param name="Amount">The amount before the drug ("2cc" of "2cc of bupivacaine").</param>
/// <param name="Name">The drug's name, with a brand name in brackets after it ("triamcinolone (Kenalog)").</param>
/// <param name="Strength">The strength after it ("0.5%", "40mg", "40 mg/ml").</param>
internal readonly record struct InjectionDrugPiece(OffsetRange? Amount, OffsetRange Name, OffsetRange? Strength);

/// <summary>
/// An injection's drug as a Pidgin grammar over characters, which the injection reader ran at each
/// word (through <c>Scan.TryAt</c>) before <see cref="InjectionDrugReader"/>: the benchmarks' baseline
/// and the tests' reference.
/// </summary>
internal static class PidginInjectionDrug
{
    private static Parser<char, Unit> DrugName { get; } = TextParsers.FirstMatch(InjectionNames.Drugs.Select(TextParsers.Keyword));

    /// <summary>An amount given: "2cc", "1 mL", "80mg", "100 units", "0.5 cc"; an "of" after it is read too but left out of its range.</summary>
    public static Parser<char, OffsetRange> Amount { get; } =
        PidginTextParsers.Captured(
                TextParsers.DecimalNumber.Then(TextParsers.FirstMatch(AmountUnits.SelectMany(unit => new[] { unit, " " + unit }).Select(TextParsers.Keyword))))
            .Before(TextParsers.FirstMatch([TextParsers.Phrase(AmountOf), TextParsers.Phrase(" ")]));

    /// <summary>An injected drug with its amount and strength where stated: "2cc of bupivacaine 0.5%", "Kenalog 40mg", "Synvisc-One".</summary>
    public static Parser<char, InjectionDrugPiece> Drug { get; } =
        Map(
            (amount, name, strength) => new InjectionDrugPiece(amount.HasValue ? amount.Value : null, name, strength.HasValue ? strength.Value : null),
            Amount.Optional(),
            PidginTextParsers.Captured(DrugName.Then(PidginTextParsers.PhraseBefore(BrandOpen, DrugName).Then(DrugName).Then(Char(BrandClose)).Optional())),
            PidginTextParsers.PhraseBefore(" ", PidginMedicationGrammar.Strength).Then(PidginMedicationGrammar.Strength).Optional());

    private static readonly Parser<char, (InjectionDrugPiece Value, int End)> Rule = PidginAt.Ended(Drug);

    /// <summary>The drug at <paramref name="at"/> of <paramref name="text"/> as the injection reader built it from the rule's piece.</summary>
    public static MedicationIngredient? Read(string text, int at, SpelledRequestText values, out int end)
    {
        if (!PidginAt.TryAt(Rule, text, at, out var drug, out end))
        {
            return null;
        }

        return new MedicationIngredient
        {
            Drug = values.Value(drug.Name.Shift(at)),
            Strength = values.Optional(drug.Strength?.Shift(at)),
            Amount = values.Optional(drug.Amount?.Shift(at)),
        };
    }
}
