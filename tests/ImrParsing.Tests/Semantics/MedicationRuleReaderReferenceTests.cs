using ImrParsing.Benchmarks;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;
using Pidgin;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The medication rules written by hand against the rules they replaced in the medication readers,
/// run at the same place: the strength (<see cref="StrengthReader"/>; <see cref="PidginMedicationGrammar.Strength"/>
/// and <see cref="PidginMedicationGrammar.Numbers"/>) and the dosage form (<see cref="SpelledRequestRules.DosageForm"/>;
/// <see cref="PidginMedicationGrammar.Form"/>), where directions begin (<see cref="SpelledRequestRules.DirectionsStart"/>;
/// <see cref="PidginMedicationRules.DirectionsStart"/>), refills (<see cref="SpelledRequestRules.Refills"/>;
/// <see cref="PidginMedicationRules.Refills"/>) and numbers (<see cref="SpelledQuantityReader.NumberAt"/>;
/// <see cref="PidginNumbers.Number"/>): the same range, or none, at every character
/// of constructed requests, spelled from their tokens as the readers see them.
/// </summary>
public sealed class MedicationRuleReaderReferenceTests
{
    private static readonly Parser<char, (OffsetRange Value, int End)> Strength = PidginAt.Ended(PidginMedicationGrammar.Strength);

    private static readonly Parser<char, (OffsetRange Value, int End)> Form = PidginAt.Ended(PidginMedicationGrammar.Form);

    // Forms and the words around them: "in" with a form after it and without, forms that only begin
    // like a phrase ("patchy", "gels"), the longer phrases and their first words alone.
    private static readonly string[] FormPieces =
    [
        "in", "In", "IN", "into", "cream", "Cream", "cream base", "base", "oral", "Oral suspension", "oral tablets", "oral tablet",
        "transdermal", "transdermal patch", "transdermal patches", "patches", "patch", "patchy", "gel", "gels", "GEL", "tab", "tabs",
        "tablet", "caps", "capsule", "drops", "spray", "suppositories", "lozenges", "the", "morning", ",", "(", "5%", "#60",
    ];

    private static readonly Parser<char, (Unit Value, int End)> Directions = PidginAt.Ended(PidginMedicationRules.DirectionsStart);

    // Directions' words and doses, amounts in digits and words, ranges, too many digits, intervals,
    // and words that only begin like them ("used", "tabby", "quarter").
    private static readonly string[] DirectionPieces =
    [
        "apply", "Apply", "take", "use", "used", "inject", "every", "by mouth", "by", "mouth", "orally", "as needed", "as", "po", "PO",
        "prn", "bid", "TID", "qid", "qhs", "qd", "qam", "qpm", "at bedtime", "once daily", "twice daily", "1", "12", "1234", "1-2",
        "2-1234", "6\u20138", "one", "Two", "two to three", "to", "tablets", "tablet", "tabs", "tab", "tabby", "capsules", "caps", "cap",
        "pills", "pill", "hours on", "hours", "on", "patches", "patch", "puffs", "drops", "times a day", "times daily", "times", "q4h",
        "q4-6h", "Q6", "q", "quarter", ",", "#60",
    ];

    private static readonly string[] DirectionJoins = [" ", " ", " ", "", "-", "\n", "  "];

    private static readonly Parser<char, (StatedNumber Value, int End)> Refills = PidginAt.Ended(PidginMedicationRules.Refills);

    private static readonly Parser<char, (StatedNumber Value, int End)> Number = PidginAt.Ended(PidginNumbers.Number);

    // Refills before and after their number, with and without a mark; numbers in digits and words,
    // too many digits, a folded letter ("ſix"), and words that only begin like them.
    private static readonly string[] RefillPieces =
    [
        "refills", "refill", "Refills", "REFILL", "refilled", "1", "2", "12", "1234", "0", "one", "Two", "twenty", "ſix", "x", "X",
        ":", "xanax", "x2", "X 3", ": 2", "with", "of", "#", "(", "one-", "twoo",
    ];

    private static readonly string[] RefillJoins = [" ", " ", " ", "", "\n", "  ", "\u00A0", "-"];

    private static readonly string[] FormJoins = [" ", " ", " ", "", "\n", "  ", "\u00A0", "-\n", ", "];

    private static readonly Parser<char, (Unit Value, int End)> Numbers = PidginAt.Ended(PidginMedicationGrammar.Numbers);

    private static readonly Parser<char, (Unit Value, int End)> NumbersAndUnit = PidginAt.Ended(PidginMedicationGrammar.Numbers.Then(PidginMedicationGrammar.StrengthUnit));

    // Pieces of doses, constructed: numbers whole and decimal, too long, a point with no digit after
    // it; every unit, per-unit and joiner of the rule, in both cases, and words that only begin like them.
    private static readonly string[] Pieces =
    [
        "10", "325", "5", "0", "7.5", "0.025", "30.5", "1.", ".5", "1234567890123", "123456789.12", "60",
        "%", "mg", "MG", "Mg", "mgs", "mcg", "mEq", "meq", "IU", "iu", "ius", "ml", "ML", "mls", "g", "m",
        "/ml", "/hr", "/h", "/hour", "/hours", "/24hr", "/24hrs", "/24 hours", "/day", "/g", "/gm", "/actuation", "/spray", "/dose", "/dosing",
        "/", "-", ".", ",", "(", ")", "#60", "x", "tabs", "tab", "Norco", "hours", "cream", "1ml", "2mg", "4%", "27.5%", "10mg",
    ];

    private static readonly string[] Joins = ["", "", "", " ", " ", "-", "/", "\u00A0", "-\n"];

    [Fact]
    public void Reads_the_same_strengths_as_the_grammar_on_constructed_requests()
    {
        int strengths = 0, perUnits = 0, chains = 0, partial = 0, numbers = 0;
        foreach (var (_, text) in Requests(Pieces, Joins, 9))
        {
            for (int at = 0; at < text.Length; at++)
            {
                OffsetRange? expected = PidginAt.TryAt(Strength, text, at, out var range, out _) ? range.Shift(at) : null;
                if (SpelledStrengthReader.Read(text, at) != expected)
                {
                    SpelledStrengthReader.Read(text, at).ShouldBe(expected, $"strength at {at} of \"{text}\"");
                }

                int expectedEnd = PidginAt.TryAt(Numbers, text, at, out _, out int end) ? end : -1;
                if (SpelledStrengthReader.Numbers(text, at) != expectedEnd)
                {
                    SpelledStrengthReader.Numbers(text, at).ShouldBe(expectedEnd, $"numbers at {at} of \"{text}\"");
                }

                strengths += expected is null ? 0 : 1;
                numbers += expectedEnd < 0 ? 0 : 1;
                if (expected is { } found)
                {
                    string dose = text[found.Start..found.End];
                    perUnits += dose.Contains('/', StringComparison.Ordinal) && char.IsLetter(dose[^1]) ? 1 : 0;
                    int unit = dose.AsSpan().IndexOfAny("%mMiI");
                    chains += unit >= 0 && dose.IndexOf('-', unit) > 0 ? 1 : 0;
                }
                else if (PidginAt.TryAt(NumbersAndUnit, text, at, out _, out _))
                {
                    // A number and a unit, and still no strength: the rule failed after reading part of one.
                    partial++;
                }
            }
        }

        // The pieces make every part of the rule, and the failures after a partial read: none of the counts is small.
        string tally = $"{strengths} strengths, {perUnits} per unit, {chains} chained, {partial} partial, {numbers} numbers";
        (strengths > 5000 && perUnits > 300 && chains > 100 && partial > 100 && numbers > 20000).ShouldBeTrue(tally);
    }

    [Fact]
    public void Reads_the_same_forms_as_the_grammar_on_constructed_requests()
    {
        int forms = 0, afterIn = 0, noFormAfterIn = 0;
        foreach (var (request, spelled) in Requests(FormPieces, FormJoins, 7))
        {
            foreach (string text in new[] { spelled, request })
            {
                for (int at = 0; at < text.Length; at++)
                {
                    OffsetRange? expected = PidginAt.TryAt(Form, text, at, out var range, out _) ? range.Shift(at) : null;
                    if (SpelledRequestRules.DosageForm(text, at) != expected)
                    {
                        SpelledRequestRules.DosageForm(text, at).ShouldBe(expected, $"form at {at} of \"{text}\"");
                    }

                    bool inFirst = TextParsers.StartsWithKeyword(text.AsSpan(at), "in", out _);
                    forms += expected is null ? 0 : 1;
                    afterIn += inFirst && expected is not null ? 1 : 0;
                    noFormAfterIn += inFirst && expected is null ? 1 : 0;
                }
            }
        }

        string tally = $"{forms} forms, {afterIn} after \"in\", {noFormAfterIn} \"in\" and no form";
        (forms > 20000 && afterIn > 2000 && noFormAfterIn > 2000).ShouldBeTrue(tally);
    }

    [Fact]
    public void Tells_where_directions_begin_as_the_grammar_on_constructed_requests()
    {
        int starts = 0, doses = 0, intervals = 0, amountsWithout = 0;
        foreach (var (_, text) in Requests(DirectionPieces, DirectionJoins, 7))
        {
            for (int at = 0; at < text.Length; at++)
            {
                bool expected = PidginAt.TryAt(Directions, text, at, out _, out _);
                if (SpelledRequestRules.DirectionsStart(text, at) != expected)
                {
                    SpelledRequestRules.DirectionsStart(text, at).ShouldBe(expected, $"directions at {at} of \"{text}\"");
                }

                bool amount = SpelledQuantityReader.AmountEnd(text, at) >= 0;
                starts += expected ? 1 : 0;
                doses += expected && amount ? 1 : 0;
                intervals += expected && text[at] is 'q' or 'Q' && char.IsDigit(text[Math.Min(at + 1, text.Length - 1)]) ? 1 : 0;
                amountsWithout += !expected && amount ? 1 : 0;
            }
        }

        string tally = $"{starts} starts, {doses} doses, {intervals} intervals, {amountsWithout} amounts and no dose";
        (starts > 20000 && doses > 2000 && intervals > 1000 && amountsWithout > 5000).ShouldBeTrue(tally);
    }

    [Fact]
    public void Reads_the_same_refills_and_numbers_as_the_grammar_on_constructed_requests()
    {
        int refills = 0, after = 0, marked = 0, numbers = 0, words = 0;
        foreach (var (request, spelled) in Requests(RefillPieces, RefillJoins, 7))
        {
            foreach (string text in new[] { spelled, request })
            {
                for (int at = 0; at < text.Length; at++)
                {
                    ((int, int, int), int)? expected = PidginAt.TryAt(Refills, text, at, out var count, out int end) ? (Spelled(count.Shift(at)), end) : null;
                    ((int, int, int), int)? found = SpelledRequestRules.Refills(text, at, out int foundEnd) is { } read ? (read, foundEnd) : null;
                    if (found != expected)
                    {
                        found.ShouldBe(expected, $"refills at {at} of \"{text}\"");
                    }

                    (int, int, int)? number = PidginAt.TryAt(Number, text, at, out var stated, out _) ? Spelled(stated.Shift(at)) : null;
                    if (SpelledQuantityReader.NumberAt(text, at) != number)
                    {
                        SpelledQuantityReader.NumberAt(text, at).ShouldBe(number, $"number at {at} of \"{text}\"");
                    }

                    refills += expected is null ? 0 : 1;
                    after += expected is { } refill && refill.Item1.Item2 > at ? 1 : 0;
                    marked += expected is { } withMark && text.AsSpan(at, withMark.Item2 - at).ContainsAny(":xX") ? 1 : 0;
                    numbers += number is null ? 0 : 1;
                    words += number is not null && char.IsLetter(text[at]) ? 1 : 0;
                }
            }
        }

        string tally = $"{refills} refills, {after} after the word, {marked} with a mark, {numbers} numbers, {words} in words";
        (refills > 5000 && after > 2000 && marked > 500 && numbers > 30000 && words > 10000).ShouldBeTrue(tally);
    }

    [Theory]
    [InlineData("Norco 10/325mg #60", 6, "10/325mg")]
    [InlineData("Lidoderm 0.5% patch", 9, "0.5%")]
    [InlineData("Flurbiprofen 4%-27.5%-0.0325% cream", 13, "4%-27.5%-0.0325%")]
    [InlineData("Morphine 10 mg/ml", 9, "10 mg/ml")]
    [InlineData("Fentanyl 25mcg/hr patch", 9, "25mcg/hr")]
    [InlineData("Ondansetron 4mg/5ml", 12, "4mg/5ml")]
    [InlineData("Tramadol 50mg/Acetaminophen", 9, "50mg")]
    public void Reads_strengths_where_the_drug_states_them(string text, int at, string strength)
    {
        var found = SpelledStrengthReader.Read(text, at).ShouldNotBeNull();
        text[found.Start..found.End].ShouldBe(strength);
    }

    [Theory]
    [InlineData("Soma 350 1 by mouth", 5)]
    [InlineData("Ketoprofen 10mg/5 tabs", 11)]
    [InlineData("Gel 240g", 4)]
    public void Reads_no_strength_where_the_rule_reads_none(string text, int at) =>
        SpelledStrengthReader.Read(text, at).ShouldBeNull();

    // A number as the reader gives it: its value, start and end.
    private static (int, int, int) Spelled(StatedNumber number) => (number.Value, number.Range.Start, number.Range.End);

    // 20,000 requests made of `pieces`, each with its text spelled from its tokens.
    private static IEnumerable<(string Request, string Spelled)> Requests(string[] pieces, string[] joins, int most)
    {
        var random = new Random(20161205);
        for (int sample = 0; sample < 20000; sample++)
        {
            string request = Construct(random, pieces, joins, most);
            using var spelled = new SpelledRequestText(request, 0, request.Length);
            yield return (request, spelled.Text);
        }
    }

    // Up to `most` - 1 pieces, each joined to the one before by one of the joins.
    private static string Construct(Random random, string[] pieces, string[] joins, int most)
    {
        var text = new System.Text.StringBuilder(pieces[random.Next(pieces.Length)]);
        for (int i = random.Next(1, most); i > 1; i--)
        {
            text.Append(joins[random.Next(joins.Length)]).Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }
}
