using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The drug's name, strength, form and a compound's ingredients read on the source's tokens
/// (<see cref="MedicationNameReader"/>) against the reader over the spelled text it replaced
/// (<see cref="SpelledMedicationNameReader"/>): at every token of constructed medication requests
/// with line breaks, runs of white space, no-break spaces, CRLF and words broken by line-end
/// hyphens, the same <see cref="MedicationDetails"/> with the same source spans, the same form and
/// the same end of what the drug takes.
/// </summary>
public sealed class MedicationNameReaderReferenceTests
{
    // Names of one and more words, brands in brackets and brackets that are none, strengths with and
    // without a unit, forms, compounds' joiners, the words that stop a name and the prescription's rules.
    private static readonly string[] Pieces =
    [
        "Norco", "Oxycodone HCL ER", "Meloxicam", "(Mobic)", "(Mobic", "(unknown)", "(not specified)", "(Not specified quantity)",
        "(5)", "(5mg)", "(Lido-Derm)", "(x2)", "Lidocaine", "Flurbiprofen", "Baclofen", "Depo-Medrol", "Soma", "Tramadol ER:", "Gel.",
        "10/325mg", "5%", "350", "7.5", "10 mg", "20%,", "10/325", "1234567890123", "4%-27.5%", "25mcg/hr", "10mg/5",
        "cream", "in cream base", "patch", "tabs", "oral suspension", "/", ",", ";", ":", ".", ")", "(", "#60", "#1 box", "240g",
        "with", "per", "x", "DOS", "and", "for", "of", "1 by mouth", "apply", "twice daily", "2 refills", "refills: 2", "DOS: 11/11/2016",
        "Two", "one", "q4h", "Retro", "Compound", "Flurbiprofen 20%, Baclofen 5%", "Baclofen 5%/Lidocaine 4%", "Ketoprofen 10%/Gabapentin",
    ];

    private static readonly string[] Joins = [" ", " ", " ", "", "/", ", ", ",", "\n", "\u00A0", "-\n", "\r\n", "-\r\n", "  "];

    [Fact]
    public void Reads_the_same_drugs_on_the_source_tokens_as_the_character_rule()
    {
        int drugs = 0, strengths = 0, compounds = 0, brands = 0, forms = 0, broken = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(Pieces, Joins, 7))
        {
            SourceWords? expectedForm = null, foundForm = null;
            var expected = SpelledMedicationNameReader.Read(request, at, ref expectedForm, out int expectedEnd);
            var found = MedicationNameReader.Read(request, index, ref foundForm, out int areaEnd);
            if (found with { Ingredients = [] } != expected with { Ingredients = [] } || !found.Ingredients.SequenceEqual(expected.Ingredients)
                || foundForm != expectedForm)
            {
                (found with { Ingredients = [] }, foundForm).ShouldBe((expected with { Ingredients = [] }, expectedForm), $"drug at {at} of \"{text}\"");
                found.Ingredients.ShouldBe(expected.Ingredients, $"ingredients at {at} of \"{text}\"");
            }

            // What the drug takes ends with a token, the one before `areaEnd`.
            int end = areaEnd > index ? request.Tokens[areaEnd - 1].End : at;
            if (end != expectedEnd)
            {
                end.ShouldBe(expectedEnd, $"end at {at} of \"{text}\"");
            }

            if (expected.Drug is not null)
            {
                drugs++;
                strengths += expected.Strength is null ? 0 : 1;
                compounds += expected.Ingredients.Length > 1 ? 1 : 0;
                brands += expected.Drug.Text?.Contains('(', StringComparison.Ordinal) == true ? 1 : 0;
                forms += expectedForm is null ? 0 : 1;
                broken += expected.Drug.Text?.Contains('\n', StringComparison.Ordinal) == true ? 1 : 0;
            }
        }

        string tally = $"{drugs} drugs, {strengths} with a strength, {compounds} compounds, {brands} with a brand, {forms} with a form, {broken} across a line";
        (drugs > 20000 && strengths > 1000 && compounds > 100 && brands > 200 && forms > 1000 && broken > 2000).ShouldBeTrue(tally);
    }

    [Theory]
    [InlineData("Norco 10/325mg #60", "Norco", "10/325mg")]
    [InlineData("Meloxicam (Mobic) 7.5mg tabs", "Meloxicam (Mobic)", "7.5mg")]
    [InlineData("Soma 350 1 by mouth", "Soma", "350")]
    [InlineData("Oxycodone HCL\r\nER 10mg", "Oxycodone HCL\r\nER", "10mg")]
    [InlineData("Lido-\ncaine 5% patch", "Lido-\ncaine", "5%")]
    public void Reads_the_drug_and_its_strength(string text, string drug, string strength)
    {
        using var request = new SpelledRequestText(text, 0, text.Length);
        SourceWords? form = null;
        var read = MedicationNameReader.Read(request, 0, ref form, out _);
        read.Drug?.Text.ShouldBe(drug);
        read.Strength?.Text.ShouldBe(strength);
    }

    [Fact]
    public void Reads_a_compound_s_ingredients()
    {
        const string text = "Flurbiprofen 20%, Baclofen 5%/Lidocaine 4% cream";
        using var request = new SpelledRequestText(text, 0, text.Length);
        SourceWords? form = null;
        var read = MedicationNameReader.Read(request, 0, ref form, out _);
        read.Drug?.Text.ShouldBe("Flurbiprofen 20%, Baclofen 5%/Lidocaine 4%");
        read.Ingredients.Select(ingredient => (ingredient.Drug?.Text, ingredient.Strength?.Text))
            .ShouldBe([("Flurbiprofen", "20%"), ("Baclofen", "5%"), ("Lidocaine", "4%")]);
        form.ShouldNotBeNull();
        text[form.Value.Start..form.Value.End].ShouldBe("cream");
    }
}
