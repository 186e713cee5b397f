using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The date of service read on the source's tokens (<see cref="DateOfServiceReader"/>): on the forms
/// the letters write, and against the character rule it replaced (<see cref="SpelledDateOfServiceReader"/>)
/// at every token of constructed requests with line breaks, runs of white space, no-break spaces,
/// CRLF and words broken by line-end hyphens; the character rule against the Pidgin rule before it
/// (<see cref="PidginDateOfService"/>, the benchmarks' baseline shared as source) at every character
/// of the same kind of requests, spelled from their tokens as the readers see them and as extractors give them.
/// </summary>
public sealed class DateOfServiceReaderTests
{
    // Labels and the words around them, dates of every form, invalid and partial ones, words that only begin like them.
    private static readonly string[] Pieces =
    [
        "DOS", "DOS:", "dos", "Dos :", "DOSAGE", "date of service", "Dates of Service", "date", "of", "service", "per", "Per", "order",
        "orders", "ordered", ":", "(", ")", ",", "-", ".", "11/11/2016", "11/14/16", "12-29-16", "11/11-2016", "13/01/2016", "2/30/2016",
        "1/2/", "10/14/", "2016", "16", "123/1/16", "11/11/201", "March", "Mar.", "Dec", "December", "Sept", "Sep.", "May", "Mayo", "9,",
        "9", "18", "123", "2013", "20133", "pending", "retro", "Norco",
    ];

    private static readonly string[] Joins = [" ", " ", " ", "", "\n", "\u00A0", "-\n", "  "];

    [Theory]
    [InlineData("DOS: 11/11/2016", 2016, 11, 11, "11/11/2016")]
    [InlineData("DOS: 11/14/16", 2016, 11, 14, "11/14/16")]
    [InlineData("DOS 12/29/16)", 2016, 12, 29, "12/29/16")]
    [InlineData("per 12/07/2016 order", 2016, 12, 7, "12/07/2016")]
    [InlineData("date of service 11/14/16", 2016, 11, 14, "11/14/16")] // constructed: the corpus writes only "DOS"
    [InlineData("date of service Dec. 9, 2016", 2016, 12, 9, "Dec. 9, 2016")] // constructed
    [InlineData("DOS: 11/11/2016mg", 2016, 11, 11, "11/11/2016")] // constructed: a year runs into a word
    [InlineData("date of service March18, 2016", 2016, 3, 18, "March18, 2016")] // constructed: the day glued to the month
    [InlineData("DOS:\r\n11/11/\n2016", 2016, 11, 11, "11/11/\n2016")] // constructed
    public void Dates_of_service(string text, int year, int month, int day, string dateText)
    {
        using var request = new SpelledRequestText(text, 0, text.Length);
        var date = DateOfServiceReader.Read(request, 0, out var words, out _);

        date.ShouldBe(new DateOnly(year, month, day));
        text[words.Start..words.End].ShouldBe(dateText);
    }

    [Theory]
    [InlineData("per day")]
    [InlineData("per 12/07/2016 request")]
    [InlineData("DOSAGE 11/11/2016")]
    [InlineData("DOS: pending")]
    public void Not_dates_of_service(string text)
    {
        using var request = new SpelledRequestText(text, 0, text.Length);
        DateOfServiceReader.Read(request, 0, out _, out _).ShouldBeNull();
    }

    [Fact]
    public void Reads_the_same_dates_as_the_grammar_on_constructed_requests()
    {
        var random = new Random(20161205);
        int dates = 0, named = 0, ordered = 0, labelsWithout = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            var built = new System.Text.StringBuilder(Piece(random));
            for (int i = random.Next(1, 8); i > 1; i--)
            {
                built.Append(Joins[random.Next(Joins.Length)]).Append(Piece(random));
            }

            string request = built.ToString();
            using var spelled = new SpelledRequestText(request, 0, request.Length);
            foreach (string text in new[] { spelled.Text, request })
            {
                for (int at = 0; at < text.Length; at++)
                {
                    var expected = PidginDateOfService.Read(text, at, out int expectedStart, out int expectedEnd, out int expectedRuleEnd);
                    var found = SpelledDateOfServiceReader.Read(text, at, out int start, out int end, out int ruleEnd);
                    if (found != expected || (expected is not null && (start, end, ruleEnd) != (expectedStart, expectedEnd, expectedRuleEnd)))
                    {
                        (found, start, end, ruleEnd).ShouldBe((expected, expectedStart, expectedEnd, expectedRuleEnd), $"date of service at {at} of \"{text}\"");
                    }

                    dates += expected is null ? 0 : 1;
                    named += expected is not null && char.IsLetter(text[expectedStart]) ? 1 : 0;
                    ordered += expected is not null && expectedRuleEnd > expectedEnd ? 1 : 0;
                    labelsWithout += expected is null && (text[at] is 'D' or 'd') && text.AsSpan(at).StartsWith("dos", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                }
            }
        }

        // The pieces make every form and the labels with no date after them: none of the counts is small.
        string tally = $"{dates} dates, {named} named, {ordered} per order, {labelsWithout} labels and no date";
        (dates > 3000 && named > 300 && ordered > 100 && labelsWithout > 3000).ShouldBeTrue(tally);
    }

    [Fact]
    public void Reads_the_same_dates_on_the_source_tokens_as_the_character_rule()
    {
        var random = new Random(20161206);
        string[] pieces = [.. Enumerable.Range(0, 400).Select(_ => Piece(random))];
        string[] joins = [" ", " ", " ", "", "\n", "\u00A0", "-\n", "  ", "\r\n", "-\r\n", " \n "];
        int dates = 0, named = 0, ordered = 0, inside = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(pieces, joins, 6))
        {
            var expected = SpelledDateOfServiceReader.Read(text, at, out int start, out int end, out int ruleEnd);
            var found = DateOfServiceReader.Read(request, index, out var words, out int last);
            if (found != expected)
            {
                found.ShouldBe(expected, $"date of service at {at} of \"{text}\"");
            }

            if (expected is not null)
            {
                // The same source characters, and the statement ends in its last token.
                request.Value(words).ShouldBe(request.Value(new OffsetRange(start, end)), $"date at {at} of \"{text}\"");
                (request.Tokens[last].Start < ruleEnd && ruleEnd <= request.Tokens[last].End).ShouldBeTrue($"end at {at} of \"{text}\"");
                dates++;
                named += char.IsLetter(text[start]) ? 1 : 0;
                ordered += ruleEnd > end ? 1 : 0;
                inside += ruleEnd < request.Tokens[last].End ? 1 : 0;
            }
        }

        string tally = $"{dates} dates, {named} named, {ordered} per order, {inside} ending inside a token";
        (dates > 1500 && named > 200 && ordered > 1000 && inside > 100).ShouldBeTrue(tally);
    }

    // A piece, a label or a date made up of parts: numeric with either separator (valid, invalid,
    // mixed, short, long), after "per" with and without "order", or named with and without its period and comma.
    private static string Piece(Random random) => random.Next(5) switch
    {
        0 => Pieces[random.Next(Pieces.Length)],
        1 => new[] { "DOS", "DOS:", "date of service", "dates of service", "per" }[random.Next(5)],
        2 => Numeric(random),
        3 => $"per {Numeric(random)} {new[] { "order", "order.", "orders", "Order" }[random.Next(4)]}",
        _ => $"{new[] { "March", "Dec", "Sept", "May", "Foo" }[random.Next(5)]}{new[] { ".", "", " ", ". " }[random.Next(4)]}{random.Next(0, 33)}{(random.Next(2) == 0 ? "," : "")} {new[] { "2016", "16", "20166" }[random.Next(3)]}",
    };

    private static string Numeric(Random random) =>
        $"{random.Next(0, 14)}{"/-"[random.Next(2)]}{random.Next(0, 33)}{"/-/"[random.Next(3)]}{(random.Next(4) == 0 ? " " : "")}{new[] { "16", "2016", "1999", "49", "201", "2200", "2016mg", "16x" }[random.Next(8)]}";
}
