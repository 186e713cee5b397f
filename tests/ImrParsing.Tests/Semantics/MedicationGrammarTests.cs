using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;
using ImrParsing.Tests.Infrastructure;
using Pidgin;

namespace ImrParsing.Tests.Semantics;

/// <summary>The medication rules, on the words of the corpus's medication requests.</summary>
public sealed class MedicationGrammarTests
{
    [Theory]
    [InlineData("50mg")]
    [InlineData("10/325mg")]
    [InlineData("7.5-325mg")]
    [InlineData("75-0.2mg")]
    [InlineData("30.5/30/16mg")]
    [InlineData("5%")]
    [InlineData("0.025%")]
    [InlineData("1.3%")]
    [InlineData("4%-27.5%-0.0325%")]
    [InlineData("25mg/ml")]
    [InlineData("10mg/1ml")]
    [InlineData("37.5mg")]
    public void Strengths(string text) =>
        text.Slice(GrammarAssert.Parses(PidginMedicationGrammar.Strength.Before(Parser<char>.End), text)).ShouldBe(text);

    [Theory]
    [InlineData("5%/Amitriptyline 5%", "5%")]
    [InlineData("5%, Baclofen 5%", "5%")]
    [InlineData("20mg #60", "20mg")]
    [InlineData("5mg tab #30", "5mg")]
    public void A_strength_stops_where_the_next_word_begins(string text, string strength) =>
        text.Slice(GrammarAssert.Parses(PidginMedicationGrammar.Strength, text)).ShouldBe(strength);

    [Theory]
    [InlineData("350 1 by mouth")]
    [InlineData("1-2 tabs")]
    [InlineData("12 hours on")]
    [InlineData("240g")]
    public void Not_strengths(string text) => GrammarAssert.Fails(PidginMedicationGrammar.Strength, text);

    [Theory]
    [InlineData("#60", 60, null, null)]
    [InlineData("#1 box", 1, null, null)]
    [InlineData("#60 grams", null, 60.0, "g")]
    [InlineData("240g", null, 240.0, "g")]
    [InlineData("106.32gm", null, 106.32, "g")]
    [InlineData("240 grams", null, 240.0, "g")]
    [InlineData("420ml", null, 420.0, "ml")]
    [InlineData("120grams #1", 1, 120.0, "g")]
    [InlineData("121gm #1", 1, 121.0, "g")]
    [InlineData("One container", 1, null, null)]
    public void Quantities(string text, int? count, double? amount, string? unit)
    {
        using var request = new RequestText(text, 0, text.Length);
        var quantity = MedicationQuantityReader.Read(request, 0, out int last).ShouldNotBeNull();

        last.ShouldBe(request.Lexed.Count - 1);
        quantity.Text!.Span.End.ShouldBe(text.Length);
        quantity.Count?.Value.ShouldBe(count!.Value);
        (quantity.Count is null).ShouldBe(count is null);
        ((double?)quantity.Amount?.Value).ShouldBe(amount);
        quantity.Unit?.Value.ShouldBe(unit);
        (quantity.Unit is null).ShouldBe(unit is null);
    }

    [Theory]
    [InlineData("1 refill", 1)]
    [InlineData("one refill", 1)]
    [InlineData("2 refills", 2)]
    [InlineData("2 refill", 2)]
    [InlineData("Two refills", 2)]
    public void Refills(string text, int refills) =>
        GrammarAssert.Parses(PidginMedicationRules.Refills, text).Value.ShouldBe(refills);

    [Theory]
    [InlineData("oral suspension", "oral suspension")]
    [InlineData("in cream base 240g", "cream base")]
    [InlineData("transdermal patch", "transdermal patch")]
    [InlineData("tabs #30", "tabs")]
    [InlineData("oral tablet, one tablet", "oral tablet")]
    public void Forms(string text, string form) =>
        text.Slice(GrammarAssert.Parses(PidginMedicationGrammar.Form, text)).ShouldBe(form);

    [Theory]
    [InlineData("apply to affected area 4 times a day")]
    [InlineData("1 by mouth twice daily")]
    [InlineData("one tablet twice daily 14 days")]
    [InlineData("1-2 tabs orally every 4-6 hrs as needed")]
    [InlineData("12 hours on 12 hours off to affected area")]
    [InlineData("one by mouth three times a day")]
    public void Directions_begin(string text) => GrammarAssert.Parses(PidginMedicationRules.DirectionsStart, text);

    [Theory]
    [InlineData("350 1 by mouth")]
    [InlineData("Norco 10/325mg")]
    [InlineData("#60 with one refill")]
    public void Not_directions(string text) => GrammarAssert.Fails(PidginMedicationRules.DirectionsStart, text);
}
