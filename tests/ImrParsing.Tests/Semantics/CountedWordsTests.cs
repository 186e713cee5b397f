using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// What a count counts, read with the stop tried only where it can start (<see cref="CountedWords"/>),
/// against the rule tried at every character (<see cref="PidginQuantityGrammar.Counted"/>): the same
/// words on any request, long ones (past the longest stretch) among them.
/// </summary>
public sealed class CountedWordsTests
{
    // Pieces of requests, constructed: numbers of every length, number words, the stop's leads and
    // marks, durations, words that only look like them, white space past ASCII.
    private static readonly string[] Pieces =
    [
        "6", "12", "1234", "5mg", "six", "Six", "sixty", "chiropractic", "visits", "sessions", "for", "the", "neck", "and", "plus",
        "andx", "x", "X", "x6", "times", "timesx", "for 4 weeks", "over two weeks", "for a 2 month", "times six weeks", "x 4 weeks",
        "(1)", "(12)", "(1234)", "(a)", "(", ")", "#", ";", ",", ", ", " ; ", "cervical, thoracic and lumbar spine", "lumbar",
        "\u00A0", "  ", "physical therapy sessions for the right shoulder and the left knee with a home exercise program",
    ];

    private static readonly Pidgin.Parser<char, (OffsetRange Value, int End)> Counted = PidginAt.Ended(PidginQuantityGrammar.Counted);

    [Fact]
    public void Reads_the_same_words_as_the_rule_tried_at_every_character()
    {
        var random = new Random(20161013);
        int read = 0;
        int stopped = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string text = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 16)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            int after = random.Next(text.Length + 1);
            OffsetRange? expected = PidginAt.TryAt(Counted, text, after, out var range, out _) ? range.Shift(after) : null;

            CountedWords.Find(text, after).ShouldBe(expected, $"{text} @ {after}");
            read += expected is null ? 0 : 1;
            stopped += expected is { } found && found.End < text.Length ? 1 : 0;
        }

        // The pieces make stretches that stop early and stretches that run to the end.
        read.ShouldBeGreaterThan(5000);
        stopped.ShouldBeGreaterThan(2000);
        (read - stopped).ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Reads_nothing_past_the_longest_stretch()
    {
        string words = string.Concat(Enumerable.Repeat("physical therapy sessions-", 6));
        CountedWords.Find("12 " + words, 2).ShouldBeNull();
        PidginAt.TryAt(Counted, "12 " + words, 2, out _, out _).ShouldBeFalse();
        CountedWords.Find("12 " + words[..100], 2).ShouldNotBeNull().End.ShouldBe(103);
    }

    [Theory]
    [InlineData("three chiropractic visits for the neck and six chiropractic visits", 5, "chiropractic visits for the neck")]
    [InlineData("6 sessions 2 times a week", 1, "sessions")]
    [InlineData("One (1) x-ray of the knee", 3, "x-ray of the knee")]
    [InlineData("12 sessions for the cervical, thoracic and lumbar spine", 2, "sessions for the cervical, thoracic and lumbar spine")]
    public void Reads_what_a_count_counts(string text, int after, string expected)
    {
        var found = CountedWords.Find(text, after).ShouldNotBeNull();
        text[found.Start..found.End].ShouldBe(expected);
    }
}
