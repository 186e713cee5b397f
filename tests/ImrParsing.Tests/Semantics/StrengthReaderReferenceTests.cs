using ImrParsing.Benchmarks;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The strength read on the source's tokens (<see cref="StrengthReader"/>) against the character
/// rule it replaced (<see cref="SpelledStrengthReader"/>, itself held to the Pidgin rule by
/// <see cref="MedicationRuleReaderReferenceTests"/>): at every token of constructed requests with
/// line breaks, runs of white space, no-break spaces, CRLF and words broken by line-end hyphens,
/// the same strength spanning the same source characters, or none; and the same bare numbers.
/// </summary>
public sealed class StrengthReaderReferenceTests
{
    // Pieces of doses: numbers whole and decimal, too long, a point with no digit after it; every
    // unit, per-unit and joiner of the rule, in both cases, and words that only begin like them.
    private static readonly string[] Pieces =
    [
        "10", "325", "5", "0", "7.5", "0.025", "30.5", "1.", ".5", "1234567890123", "123456789.12", "60", "24",
        "%", "mg", "MG", "Mg", "mgs", "mcg", "mEq", "meq", "IU", "iu", "ius", "ml", "ML", "mls", "g", "m", "hours", "hr",
        "/ml", "/hr", "/h", "/hour", "/hours", "/24hr", "/24hrs", "/24 hours", "/day", "/g", "/gm", "/actuation", "/spray", "/dose",
        "/", "-", ".", ",", "(", ")", "#60", "x", "tabs", "Norco", "cream", "1ml", "2mg", "4%", "27.5%", "10mg", "5ml",
    ];

    private static readonly string[] Joins = ["", "", "", " ", " ", "-", "/", "\u00A0", "-\n", "\n", "\r\n", "-\r\n", "  "];

    [Fact]
    public void Reads_the_same_strengths_on_the_source_tokens_as_the_character_rule()
    {
        int strengths = 0, spanning = 0, broken = 0, numbers = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(Pieces, Joins, 9))
        {
            var expected = SpelledStrengthReader.Read(text, at) is { } range ? request.Value(range) : null;
            int last = StrengthReader.Read(request.Words, index);
            var found = last >= 0 ? request.Value(request.WordsFrom(index, last)) : null;
            if (found != expected)
            {
                found.ShouldBe(expected, $"strength at {at} of \"{text}\"");
            }

            // Bare numbers: the same end where the spelled rule's numbers end at a token's end.
            int end = SpelledStrengthReader.Numbers(text, at);
            int numbersLast = StrengthReader.NumbersLast(request.Words, index);
            bool atTokenEnd = end >= 0 && (end == text.Length || text[end] == ' ' || request.TokenStartingAt(end) >= 0);
            int expectedLast = atTokenEnd ? LastTokenBefore(request, end) : -1;
            if (numbersLast != expectedLast)
            {
                numbersLast.ShouldBe(expectedLast, $"numbers at {at} of \"{text}\"");
            }

            if (expected is not null)
            {
                strengths++;
                spanning += last > index ? 1 : 0;
                broken += expected.Text?.Contains('\n', StringComparison.Ordinal) == true ? 1 : 0;
            }

            numbers += numbersLast >= 0 ? 1 : 0;
        }

        string tally = $"{strengths} strengths, {spanning} across tokens, {broken} across a line break, {numbers} numbers";
        (strengths > 3000 && spanning > 1500 && broken > 50 && numbers > 20000).ShouldBeTrue(tally);
    }

    [Theory]
    [InlineData("Norco 10/325mg #60", "10/325mg")]
    [InlineData("Lidoderm 0.5% patch", "0.5%")]
    [InlineData("Flurbiprofen 4%-27.5%-0.0325% cream", "4%-27.5%-0.0325%")]
    [InlineData("Morphine 10 mg/ml", "10 mg/ml")]
    [InlineData("Morphine 10\n mg/ml", "10\n mg/ml")]
    [InlineData("Fentanyl 25mcg/hr patch", "25mcg/hr")]
    [InlineData("Fentanyl 25mcg/24 hours patch", "25mcg/24 hours")]
    [InlineData("Ondansetron 4mg/5ml", "4mg/5ml")]
    [InlineData("Tramadol 50mg/Acetaminophen", "50mg")]
    [InlineData("Norco 10/3-\n25mg #60", "10/3-\n25mg")]
    public void Reads_strengths_where_the_drug_states_them(string text, string strength)
    {
        using var request = new SpelledRequestText(text, 0, text.Length);
        int index = FirstNumber(request);
        int last = StrengthReader.Read(request.Words, index);
        last.ShouldBeGreaterThanOrEqualTo(index);
        request.Value(request.WordsFrom(index, last)).Text.ShouldBe(strength);
    }

    [Theory]
    [InlineData("Soma 350 1 by mouth")]
    [InlineData("Ketoprofen 10mg/5 tabs")]
    [InlineData("Gel 240g")]
    [InlineData("Norco 10 /325mg")]
    public void Reads_no_strength_where_the_rule_reads_none(string text)
    {
        using var request = new SpelledRequestText(text, 0, text.Length);
        StrengthReader.Read(request.Words, FirstNumber(request)).ShouldBe(-1);
    }

    private static int FirstNumber(SpelledRequestText request)
    {
        int index = 0;
        while (!char.IsAsciiDigit(request.Words.Chars(index)[0]))
        {
            index++;
        }

        return index;
    }

    // The last token that starts before `end` of the spelled text.
    private static int LastTokenBefore(SpelledRequestText request, int end)
    {
        int last = -1;
        for (int i = 0; i < request.Lexed.Count && request.Tokens[i].Start < end; i++)
        {
            last = i;
        }

        return last;
    }
}
