using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The hand-written quantity reader (<see cref="QuantityReader"/>) against the reader it replaced,
/// the <see cref="QuantityGrammar"/> rules run at the same tokens (<see cref="PidginQuantityReader"/>,
/// the benchmarks' baseline shared as source): the same quantities, values and source spans on any
/// request, for a medication and not, with the line breaks, hyphens, no-break spaces and CRLF
/// extractors give.
/// </summary>
public sealed class QuantityReaderReferenceTests
{
    // Pieces of requests, constructed: numbers in digits and words, ranges, the marks and words of
    // every rule, units and periods, what makes a number no count, words that only look like them.
    private static readonly string[] Pieces =
    [
        "2", "12", "1234", "60", "0", "Twelve", "six", "SIX", "sixty", "ſix", "one", "One (1)", "two to three", "7-10", "6\u20138", "1-2", "3-1000",
        "x2", "2x4", "2x", "x", "X", "x-ray", "times", "time", "Times", "#60", "# 2", "#", "(12)", "(12 sessions)", "(1)", "(a)", "(", ")",
        "weeks", "week", "wks", "wk", "-day", "days", "day", "months", "month", "year", "a week", "per week", "/week", "/ wk", "each day",
        "every month", "weekly", "daily", "Monthly", "twice", "once", "thrice", "for", "over", "a", "QTY:", "QTY", "quantity", ":", "day supply:",
        "supply", "sessions", "session", "visits", "visit", "treatments", "hours", "hrs", "mins", "refills", "of", "mg", "in", "to", "view",
        "lead", "tesla", "and", "plus", ";", "&", ",", ", 2", "physical therapy", "chiropractic", "for the neck", "of the lumbar spine",
        "ses-\nsions", "vis-\r\nits", "we-\neks",
    ];

    private static readonly string[] Joins = [" ", " ", " ", " ", "", "\n", "\r\n", "\u00A0", "  ", "-\n"];

    [Fact]
    public void Reads_the_same_quantities_as_the_grammar_on_constructed_requests()
    {
        var random = new Random(20161205);
        int quantities = 0, counts = 0, frequencies = 0, durations = 0, counted = 0, ranges = 0, several = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            int length = random.Next(1, 12);
            var parts = new List<string>();
            for (int i = 0; i < length; i++)
            {
                parts.Add(i == 0 ? "" : Joins[random.Next(Joins.Length)]);
                parts.Add(Pieces[random.Next(Pieces.Length)]);
            }

            string request = string.Concat(parts);
            string source = "Item: " + request + "\n";
            using var text = new SpelledRequestText(source, 6, 6 + request.Length);
            bool medication = random.Next(4) == 0;
            OffsetRange[] skip = random.Next(8) == 0 && text.Text.Length > 2 ? [new OffsetRange(text.Text.Length / 3, text.Text.Length / 2)] : [];

            var expected = PidginQuantityReader.Read(text.Text, text.Tokens, medication, skip, text);
            // The reader skips tokens: those that start in the range.
            (int First, int Last)[] skipped = [.. skip.Select(range => (LastTokenBefore(text, range.Start) + 1, LastTokenBefore(text, range.End)))];
            var found = QuantityReader.Read(text, medication, skipped);
            found.ToList().ShouldBe(expected, $"{request} (medication: {medication})");

            quantities += expected.Count;
            several += expected.Count > 1 ? 1 : 0;
            foreach (var quantity in expected)
            {
                counts += quantity.Count is null ? 0 : 1;
                frequencies += quantity.Frequency is null ? 0 : 1;
                durations += quantity.Duration is null ? 0 : 1;
                counted += quantity.Counted is null ? 0 : 1;
                ranges += quantity.CountMaximum is null && quantity.FrequencyMaximum is null && quantity.DurationMaximum is null ? 0 : 1;
            }
        }

        // The pieces make every field, ranges and compound requests: the lists compared are not empty.
        string tally = $"{quantities} quantities, {counts} counts, {frequencies} frequencies, {durations} durations, {counted} counted, {ranges} ranges, {several} compound";
        (quantities > 5000 && counts > 3000 && frequencies > 2000 && durations > 1000 && counted > 2000 && ranges > 500 && several > 50).ShouldBeTrue(tally);
    }

    [Theory]
    [InlineData("Chiropractic 2x4 for the neck", "Frequency=2 [13,14) Duration=4 [15,16)")]
    [InlineData("Twelve ses-\nsions of physical therapy", "Count=12 [0,6) Counted=[7,37)")]
    [InlineData("Acupuncture 6-8 visits 2 times a week", "Count=6 [12,13) CountMaximum=8 [14,15) Counted=[16,22) Frequency=2 [23,24) FrequencyPeriod=Week [33,37)")]
    [InlineData("Norco 10/325mg #60 day supply: 30", "Count=60 [16,18) Counted=[19,30) Duration=30 [31,33) DurationUnit=Day [19,22)")]
    public void Reads_quantities_with_their_source_spans(string request, string expected)
    {
        using var text = new SpelledRequestText(request, 0, request.Length);
        string.Join(" | ", QuantityReader.Read(text, false, []).Select(Describe)).ShouldBe(expected);
    }

    private static string Describe(RequestQuantity quantity) => string.Join(" ", new (string Name, object? Value)[]
    {
        ("Count", quantity.Count), ("CountMaximum", quantity.CountMaximum), ("Counted", quantity.Counted),
        ("Frequency", quantity.Frequency), ("FrequencyMaximum", quantity.FrequencyMaximum), ("FrequencyPeriod", quantity.FrequencyPeriod),
        ("Duration", quantity.Duration), ("DurationMaximum", quantity.DurationMaximum), ("DurationUnit", quantity.DurationUnit),
    }.Where(field => field.Value is not null).Select(field => field.Value switch
    {
        Spanned<int> number => $"{field.Name}={number.Value} [{number.Span.Start},{number.Span.End})",
        Spanned<TimeUnit> unit => $"{field.Name}={unit.Value} [{unit.Span.Start},{unit.Span.End})",
        TextValue words => $"{field.Name}=[{words.Span.Start},{words.Span.End})",
        _ => field.Name,
    }));

    // The index of the last token of the spelled text that starts before `end`; -1 when none does.
    private static int LastTokenBefore(SpelledRequestText text, int end)
    {
        var tokens = text.Tokens;
        int last = -1;
        while (last + 1 < tokens.Length && tokens[last + 1].Start < end)
        {
            last++;
        }

        return last;
    }
}
