using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The medication quantity read by hand on the spelled text (<see cref="SpelledRequestRules.ReadMedicationQuantity"/>)
/// against the Pidgin rule it replaced (<see cref="PidginMedicationQuantity"/>, the benchmarks' baseline shared as
/// source), run at the same place: the same end and the same <see cref="MedicationQuantity"/>, its
/// source spans included, or none, at every character of constructed requests spelled from their
/// tokens as the readers see them, with the line breaks, hyphens and no-break spaces extractors give;
/// and the reader on the source's tokens (<see cref="MedicationQuantityReader"/>) against the character
/// rule: the same quantity, or none, at every token.
/// </summary>
public sealed class MedicationQuantityReaderReferenceTests
{
    // Counts, amounts and units of every form of the rule, numbers in digits and words, too many
    // digits, a point with no digit after it, containers, and words that only begin like them.
    private static readonly string[] Pieces =
    [
        "#", "#60", "#1", "# 2", "#1234", "60", "240", "1", "106.32", "1.", "1234", "1234567890123", "g", "G", "grams", "gram", "gms", "gm",
        "GM", "ml", "mL", "mls", "milliliters", "oz", "ounces", "ounce", "gel", "grammar", "gmail", "box", "boxes", "container",
        "containers", "tube", "tubes", "bottle", "jars", "kit", "kits", "boxy", "One", "one", "twelve", "Two", "twenty", "ſix", "x", "of",
        ",", "(", ")", "120grams", "240g", "#1 box", "refills", "mg", "tabs", "cream", "Norco",
    ];

    private static readonly string[] Joins = [" ", " ", " ", "", "", "\n", "\u00A0", "-\n", "  "];

    [Fact]
    public void Reads_the_same_quantities_as_the_grammar_on_constructed_requests()
    {
        int quantities = 0, counts = 0, amounts = 0, both = 0, containers = 0, inWords = 0, signWithout = 0;
        foreach (var (text, values) in ConstructedRequests.Spelled(Pieces, Joins, 7))
        {
            for (int at = 0; at < text.Length; at++)
            {
                var expected = PidginMedicationQuantity.Read(text, at, values, out int expectedEnd);
                var found = SpelledRequestRules.ReadMedicationQuantity(values, at, out int foundEnd);
                if (found != expected || (expected is not null && foundEnd != expectedEnd))
                {
                    found.ShouldBe(expected, $"quantity at {at} of \"{text}\"");
                    foundEnd.ShouldBe(expectedEnd, $"end at {at} of \"{text}\"");
                }

                int end = PidginMedicationQuantity.End(text, at);
                if (SpelledRequestRules.MedicationQuantityEnd(text, at) != end)
                {
                    SpelledRequestRules.MedicationQuantityEnd(text, at).ShouldBe(end, $"end at {at} of \"{text}\"");
                }

                if (expected is not null)
                {
                    quantities++;
                    counts += expected.Count is null ? 0 : 1;
                    amounts += expected.Amount is null ? 0 : 1;
                    both += expected.Count is not null && expected.Amount is not null ? 1 : 0;
                    containers += expected.Count is not null && (expected.Text?.Text ?? "").Contains('o', StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                    inWords += char.IsLetter(text[at]) ? 1 : 0;
                }
                else if (text[at] == '#' || (char.IsAsciiDigit(text[at]) && text.AsSpan(at).Contains('#')))
                {
                    signWithout++;
                }
            }
        }

        // The pieces make every form of the rule and its failures after a partial read: none of the counts is small.
        string tally = $"{quantities} quantities, {counts} counts, {amounts} amounts, {both} both, {containers} containers, {inWords} in words, {signWithout} no quantity at a sign or number";
        (quantities > 10000 && counts > 5000 && amounts > 3000 && both > 200 && containers > 500 && inWords > 300 && signWithout > 1000).ShouldBeTrue(tally);
    }

    [Fact]
    public void Reads_the_same_quantities_on_the_source_tokens_as_the_character_rule()
    {
        int quantities = 0, inside = 0, spanning = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(Pieces, Joins, 7))
        {
            var expected = SpelledRequestRules.ReadMedicationQuantity(request, at, out int end);
            var found = MedicationQuantityReader.Read(request, index, out int last);
            if (found != expected)
            {
                found.ShouldBe(expected, $"quantity at {at} of \"{text}\"");
            }

            MedicationQuantityReader.IsAt(request, index).ShouldBe(expected is not null);
            if (expected is not null)
            {
                // The statement ends in its last token.
                (request.Tokens[last].Start < end && end <= request.Tokens[last].End).ShouldBeTrue($"end at {at} of \"{text}\"");
                quantities++;
                inside += end < request.Tokens[last].End ? 1 : 0;
                spanning += last > index ? 1 : 0;
            }
        }

        quantities.ShouldBeGreaterThan(3000);
        inside.ShouldBeGreaterThan(100);
        spanning.ShouldBeGreaterThan(1000);
    }
}
