using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The date of service read by hand (<see cref="DateOfServiceReader"/>): on the forms the letters
/// write, and against the Pidgin rule it replaced (<see cref="PidginDateOfService"/>, the benchmarks'
/// baseline shared as source) at every character of constructed requests, spelled from their tokens
/// as the readers see them and as extractors give them.
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
    public void Dates_of_service(string text, int year, int month, int day, string dateText)
    {
        var date = DateOfServiceReader.Read(text, 0, out int start, out int end, out _);

        date.ShouldBe(new DateOnly(year, month, day));
        text[start..end].ShouldBe(dateText);
    }

    [Theory]
    [InlineData("per day")]
    [InlineData("per 12/07/2016 request")]
    [InlineData("DOSAGE 11/11/2016")]
    [InlineData("DOS: pending")]
    public void Not_dates_of_service(string text) => DateOfServiceReader.Read(text, 0, out _, out _, out _).ShouldBeNull();

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
            using var spelled = new RequestText(request, 0, request.Length);
            foreach (string text in new[] { spelled.Text, request })
            {
                for (int at = 0; at < text.Length; at++)
                {
                    var expected = PidginDateOfService.Read(text, at, out int expectedStart, out int expectedEnd, out int expectedRuleEnd);
                    var found = DateOfServiceReader.Read(text, at, out int start, out int end, out int ruleEnd);
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

    // A piece, a label or a date made up of parts: numeric with either separator (valid, invalid,
    // mixed, short, long), after "per" with and without "order", or named with and without its period and comma.
    private static string Piece(Random random) => random.Next(5) switch
    {
        0 => Pieces[random.Next(Pieces.Length)],
        1 => new[] { "DOS", "DOS:", "date of service", "dates of service", "per" }[random.Next(5)],
        2 => Numeric(random),
        3 => $"per {Numeric(random)} {new[] { "order", "order.", "orders", "Order" }[random.Next(4)]}",
        _ => $"{new[] { "March", "Dec", "Sept", "May", "Foo" }[random.Next(5)]}{(random.Next(2) == 0 ? "." : "")} {random.Next(0, 33)}{(random.Next(2) == 0 ? "," : "")} {new[] { "2016", "16", "20166" }[random.Next(3)]}",
    };

    private static string Numeric(Random random) =>
        $"{random.Next(0, 14)}{"/-"[random.Next(2)]}{random.Next(0, 33)}{"/-/"[random.Next(3)]}{(random.Next(4) == 0 ? " " : "")}{new[] { "16", "2016", "1999", "49", "201", "2200" }[random.Next(6)]}";
}
