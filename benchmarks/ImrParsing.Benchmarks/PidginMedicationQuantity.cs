using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>A medication's quantity as the Pidgin rule read it ("#60", "240g", "#60 grams", "120grams #1", "One container").</summary>
/// <param name="Count">The number of units or containers, when stated.</param>
/// <param name="Amount">The measured amount, when stated.</param>
/// <param name="Unit">The amount's canonical unit ("g", "ml", "oz") and where its word is.</param>
internal readonly record struct MedicationQuantityPiece(StatedNumber? Count, (decimal Value, OffsetRange Range)? Amount, (string Value, OffsetRange Range)? Unit)
{
    /// <summary>The same quantity with its ranges moved by <paramref name="offset"/>.</summary>
    public MedicationQuantityPiece Shift(int offset) => new(
        Count?.Shift(offset),
        Amount is { } amount ? (amount.Value, amount.Range.Shift(offset)) : null,
        Unit is { } unit ? (unit.Value, unit.Range.Shift(offset)) : null);
}

/// <summary>
/// The medication quantity rule as a Pidgin grammar over characters, which the medication reader
/// ran at each token it could start at (through <c>Scan.TryAt</c>) before <see cref="MedicationQuantityReader"/>:
/// the benchmarks' baseline and the tests' reference.
/// </summary>
internal static class PidginMedicationQuantity
{
    private static Parser<char, (string Value, OffsetRange Range)> MeasureUnit { get; } =
        OneOf(MedicationGrammar.MeasureUnits.SelectMany(unit => new[] { unit.Word, " " + unit.Word }.Select(word =>
            TextParsers.Keyword(word).Then(TextParsers.Offset).Select(end => (unit.Unit, new OffsetRange(end - unit.Word.Length, end))))));

    private static Parser<char, Unit> Package { get; } = TextParsers.FirstMatch(MedicationGrammar.PackageWords.Select(TextParsers.Keyword));

    /// <summary>A measured amount: "240g", "106.32gm", "240 grams", "420ml".</summary>
    public static Parser<char, MedicationQuantityPiece> MeasuredAmount { get; } =
        Map(
            (amount, unit) => new MedicationQuantityPiece(null, amount, unit),
            PidginTextParsers.WithRange(TextParsers.DecimalNumber),
            MeasureUnit);

    /// <summary>
    /// A quantity: "#60", "#1 box", "#60 grams", "240g", "120grams #1", "One container". Returns
    /// what it states; its range is where it was read.
    /// </summary>
    public static Parser<char, MedicationQuantityPiece> Quantity { get; } =
        OneOf(
            Map(
                (count, measure) => measure.HasValue
                    ? new MedicationQuantityPiece(null, (count.Value, count.Range), measure.Value)
                    : new MedicationQuantityPiece(count, null, null),
                Char('#').Then(TextParsers.Space).Then(PidginNumbers.Number),
                MeasureUnit.Optional().Before(Package.Optional())),
            Map(
                (measure, count) => measure with { Count = count.HasValue ? count.Value : null },
                MeasuredAmount,
                TextParsers.Phrase(" #").Then(PidginNumbers.Number).Optional()),
            Map(
                (count, _) => new MedicationQuantityPiece(count, null, null),
                PidginNumbers.Number,
                Package));

    private static readonly Parser<char, (MedicationQuantityPiece Value, int End)> Rule = PidginAt.Ended(Quantity);

    /// <summary>Where the quantity at <paramref name="at"/> of <paramref name="text"/> ends, as the rule read it; -1 when none is there.</summary>
    public static int End(string text, int at) => PidginAt.TryAt(Rule, text, at, out _, out int end) ? end : -1;

    /// <summary>The quantity at <paramref name="at"/> as the reader built it from the rule's piece, its spans made by <paramref name="values"/>.</summary>
    public static MedicationQuantity? Read(string text, int at, SpelledRequestText values, out int end)
    {
        if (!PidginAt.TryAt(Rule, text, at, out var piece, out end))
        {
            return null;
        }

        var quantity = piece.Shift(at);
        return new MedicationQuantity
        {
            Text = values.Optional(new OffsetRange(at, end)),
            Count = quantity.Count is { } count ? values.Spanned(count.Value, count.Range) : null,
            Amount = quantity.Amount is { } amount ? values.Spanned(amount.Value, amount.Range) : null,
            Unit = quantity.Unit is { } unit ? values.Spanned(unit.Value, unit.Range) : null,
        };
    }
}
