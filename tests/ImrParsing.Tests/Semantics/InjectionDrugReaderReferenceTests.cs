using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// An injection's drug read by hand over the spelled text (<see cref="SpelledInjectionDrugReader"/>)
/// against the Pidgin rule it replaced (<see cref="PidginInjectionDrug"/>, the benchmarks' baseline
/// shared as source), run at the same place: the same <see cref="MedicationIngredient"/> with its
/// source spans, and the same end, or none, at every character of constructed requests spelled from
/// their tokens as the readers see them, with the line breaks, hyphens and no-break spaces extractors
/// give; and the reader on the source's tokens (<see cref="InjectionDrugReader"/>) against the
/// character rule: the same drug, or none, ending in the same token, at every token.
/// </summary>
public sealed class InjectionDrugReaderReferenceTests
{
    // Amounts with and without their unit and "of", drugs and brands, brackets open and closed,
    // strengths, and words that only begin like them.
    private static readonly string[] Pieces =
    [
        "2cc", "2", "1", "0.5", "80mg", "1 mL", "100 units", "2 ccs", "3 IU", "cc", "ml", "mcg", "unit", "of", "offer", "bupivacaine",
        "liposomal bupivacaine", "Bupivacaine", "lidocaine", "Kenalog", "Depo-Medrol", "triamcinolone", "Synvisc-One", "Marcaine",
        "(Kenalog)", "(Kenalog", "(", ")", "(Marcaine)", "0.5%", "40mg", "40 mg/ml", "10mg/1ml", "1%", "mg", "5%", ",", "and",
        "1234567890123", "lidocaines", "with", "injection",
    ];

    private static readonly string[] Joins = [" ", " ", " ", "", "\n", "\u00A0", "-\n", "  "];

    private static readonly string[] SourceJoins = [" ", " ", " ", "", "\n", "\u00A0", "-\n", "  ", "\r\n", "-\r\n", " \n "];

    [Fact]
    public void Reads_the_same_drugs_as_the_grammar_on_constructed_requests()
    {
        int drugs = 0, amounts = 0, strengths = 0, brands = 0, committed = 0;
        foreach (var (text, values) in ConstructedRequests.Spelled(Pieces, Joins, 7))
        {
            for (int at = 0; at < text.Length; at++)
            {
                var expected = PidginInjectionDrug.Read(text, at, values, out int expectedEnd);
                var found = SpelledInjectionDrugReader.Read(values, at, out int end);
                if (found != expected || (expected is not null && end != expectedEnd))
                {
                    (found, end).ShouldBe((expected, expectedEnd), $"drug at {at} of \"{text}\"");
                }

                if (expected is not null)
                {
                    drugs++;
                    amounts += expected.Amount is null ? 0 : 1;
                    strengths += expected.Strength is null ? 0 : 1;
                    brands += expected.Drug?.Text?.Contains('(', StringComparison.Ordinal) == true ? 1 : 0;
                }
                else if (char.IsAsciiDigit(text[at]) && PidginInjectionDrug.Read(text, SpelledScan.SkipWhiteSpace(text, at + 1), values, out _) is not null)
                {
                    committed++;
                }
            }
        }

        // The pieces make every part of the rule and its failures after a partial read: none of the counts is small.
        string tally = $"{drugs} drugs, {amounts} with an amount, {strengths} with a strength, {brands} with a brand, {committed} number and no drug";
        (drugs > 10000 && amounts > 1000 && strengths > 1500 && brands > 300 && committed > 300).ShouldBeTrue(tally);
    }

    [Fact]
    public void Reads_the_same_drugs_on_the_source_tokens_as_the_character_rule()
    {
        int drugs = 0, amounts = 0, strengths = 0, brands = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(Pieces, SourceJoins, 7))
        {
            var expected = SpelledInjectionDrugReader.Read(request, at, out int end);
            var found = InjectionDrugReader.Read(request, index, out int last);
            if (found != expected)
            {
                found.ShouldBe(expected, $"drug at {at} of \"{text}\"");
            }

            if (expected is not null)
            {
                // The drug ends with its last token.
                end.ShouldBe(request.Tokens[last].End, $"end at {at} of \"{text}\"");
                drugs++;
                amounts += expected.Amount is null ? 0 : 1;
                strengths += expected.Strength is null ? 0 : 1;
                brands += expected.Drug?.Text?.Contains('(', StringComparison.Ordinal) == true ? 1 : 0;
            }
        }

        string tally = $"{drugs} drugs, {amounts} with an amount, {strengths} with a strength, {brands} with a brand";
        (drugs > 5000 && amounts > 500 && strengths > 700 && brands > 150).ShouldBeTrue(tally);
    }
}
