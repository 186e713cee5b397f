using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;
using static Pidgin.Parser;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The title reader against the Pidgin rules it replaces (a title up to a stop, before a barrier,
/// within the bound): the same title or none, and the same place after it, on constructed text.
/// </summary>
public sealed class TitleReaderTests
{
    // Words, years and not-quite years, the stops and near misses, barriers, white space of every
    // kind, and runs long enough to pass the bound.
    private static readonly string[] Pieces =
    [
        "Low", "Back", "Complaints", " 2004", " 2016 Guidelines", " 1999.", " 2009,", " 2100", " 20045", "Low Back", "Pain ", " ", "  ", "\n", "\u00A0", "\t", "2004", "1999", "2100", "1899", "20045", "204", "2004a", "2004٣", "٣",
        " Guidelines", "Guidelines", " guidelines", "\nGuidelines", " Guideline", ",", ".", ":", "(", ")", "3", "&", "-", "é",
        "Chronic Pain Medical Treatment and Utilization Schedule of the State of California Division of Workers' Compensation",
    ];

    public static TheoryData<string> Barriers => [CitationGrammar.TitleBarriers, CitationGrammar.TitleBarriers + ","];

    [Theory]
    [MemberData(nameof(Barriers))]
    public void Reads_the_titles_before_a_year_that_the_rules_read(string barriers)
    {
        var rule = PidginTextParsers.UpTo(PidginTextParsers.StartingWith(" ", Char(' ').Then(PidginCitationGrammar.Year)), barriers, CitationGrammar.MaxTitleLength)
            .Assert(range => !range.IsEmpty, "a title");
        Compare(TitleReader.BeforeYear(barriers), rule, seed: barriers.Length).ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Reads_the_titles_before_Guidelines_that_the_rules_read()
    {
        var rule = PidginTextParsers.UpTo(TextParsers.Phrase(" Guidelines"), CitationGrammar.TitleBarriers, CitationGrammar.MaxTitleLength)
            .Assert(range => !range.IsEmpty, "a title");
        Compare(TitleReader.BeforeGuidelines(CitationGrammar.TitleBarriers), rule, seed: 9).ShouldBeGreaterThan(500);
    }

    // The number of texts both read a title of.
    private static int Compare(Parser<char, OffsetRange> reader, Parser<char, OffsetRange> rule, int seed)
    {
        var random = new Random(seed);
        int titles = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            string expected = Read(rule, text);
            Read(reader, text).ShouldBe(expected, text);
            titles += expected == "none" ? 0 : 1;
        }

        return titles;
    }

    private static string Read(Parser<char, OffsetRange> title, string text) =>
        Map((range, end) => (range, end), title, TextParsers.Offset).TryMatch(text, out var read)
            ? $"{read.range.Start}-{read.range.End} end {read.end}"
            : "none";
}
