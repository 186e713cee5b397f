using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Benchmarks;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;
using static Pidgin.Parser;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The one-pass section list reader against the Pidgin rules it replaces (<see cref="PidginSectionList"/>,
/// the benchmarks' baseline shared as source): the same sections, the same place where the list
/// ends, whether the list's end can tell its first characters (a citation's part end) or not.
/// </summary>
public sealed class SectionListReaderTests
{
    // Pieces of section lists and of what ends them, constructed: names, commas that separate or
    // continue, brackets nested and unclosed, names with commas, pages, chained citations, full stops.
    private static readonly string[] Pieces =
    [
        "Special Studies", "Opioids", "chronic pain", "TENS", ", ", ",", " ", "  ", "\n", ", and ", " and ", "and ", "or ", ", or ",
        "(", ")", "[", "]", "(Naprosyn, Anaprox", "[otc]", "NSAIDs, GI symptoms & cardiovascular risk", "Forearm, Wrist, & Hand",
        "Forearm, Wrist, and Hand", "Forearm, Wrist", ", Page(s): 98", " pages 5", ", pg. 7", ". ", ".", "Low Back Complaints 2004",
        "Chronic Pain Treatment Guidelines", "ACOEM Chapter 12", ";", " Topic", " Topic.", "x", "É", "criteria for use", "3.3 ",
    ];

    // A list's end that cannot tell its first characters: it is tried everywhere, the end of the text included.
    private static readonly Parser<char, Unit> UnknownStartEnd = TextParsers.FirstMatch(
    [
        PidginTextParsers.StartingWith(";", Char(';').IgnoreResult()),
        PidginTextParsers.At(TextParsers.Keyword(" Topic").Then(Char('.').Optional()).Then(Parser<char>.End)),
    ]);

    public static TheoryData<string> Ends => ["part end", "unknown start"];

    [Theory]
    [MemberData(nameof(Ends))]
    public void Reads_the_lists_the_Pidgin_rules_read(string endName)
    {
        var end = endName == "part end" ? PidginCitationRules.Default.Parts.PartEnd : UnknownStartEnd;
        var reader = WithEnd(new SectionListReader(end));
        var rules = WithEnd(PidginSectionList.Unnumbered(end));
        var random = new Random(endName.Length);
        int sections = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            string expected = Read(rules, text);
            Read(reader, text).ShouldBe(expected, text);
            sections += expected.Count(c => c == '|');
        }

        sections.ShouldBeGreaterThan(20000);
    }

    [Fact]
    public void A_part_end_can_tell_where_it_starts_and_the_other_end_cannot()
    {
        PidginTextParsers.FirstCharsOrNull(PidginCitationRules.Default.Parts.PartEnd).ShouldNotBeNull();
        PidginTextParsers.FirstCharsOrNull(UnknownStartEnd).ShouldBeNull();
    }

    private static Parser<char, (ImmutableArray<OffsetRange> Sections, int End)> WithEnd(Parser<char, ImmutableArray<OffsetRange>> list) =>
        Map((sections, end) => (sections, end), list, TextParsers.Offset);

    private static string Read(Parser<char, (ImmutableArray<OffsetRange> Sections, int End)> list, string text) =>
        list.TryMatch(text, out var read)
            ? string.Concat(read.Sections.Select(range => $"{range.Start}:{text[range.Start..range.End]}|")) + $" end {read.End}"
            : "no list";
}
