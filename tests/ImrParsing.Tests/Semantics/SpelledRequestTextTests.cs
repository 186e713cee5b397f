using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The request's tokens spelled out (<see cref="SpelledRequestText"/>, the reference the request readers were held to) against the canonical text it
/// replaces in the request reader (<see cref="CanonicalText"/>): the same characters, and every
/// range of them mapped to the same source offsets, on constructed requests with the line breaks,
/// hyphens, no-break spaces and CRLF extractors give.
/// </summary>
public sealed class SpelledRequestTextTests
{
    // Pieces of requests, constructed: numbers and their marks, words, a hyphen that ends a line
    // (with and without white space around the break), every kind of white space, letters past ASCII.
    private static readonly string[] Pieces =
    [
        "12", "2x4", "#60", "(12)", "7-10", "x2", "5/325mg", "20%", "Twelve", "sessions", "ses", "sions", "physical", "therapy",
        "for", "the", "L4-5", "é", "٣", ",", ".", ":", "(", ")", "-", "/", "#", " ", "  ", "\n", "\r\n", "\u00A0", "\t", "-\n",
        "-\r\n  ", "- \n", " -\n", "\n-", "\u2013", "\u200B",
    ];

    [Fact]
    public void Spells_the_canonical_text_and_maps_its_ranges_as_it_does()
    {
        var random = new Random(20161205);
        int joined = 0;
        for (int sample = 0; sample < 5000; sample++)
        {
            string request = string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            string prefix = random.Next(2) == 0 ? "" : "Item: ";
            string source = prefix + request + "\nNext";
            int start = prefix.Length;
            int end = start + request.Length;
            using var canonical = CanonicalText.Of(source, start, end);
            using var spelled = new SpelledRequestText(source, start, end);
            string text = canonical.Value;
            spelled.Text.ShouldBe(text, request);
            joined += text.Length < request.Trim().Length && request.Contains("-\n", StringComparison.Ordinal) ? 1 : 0;
            for (int from = 0; from <= text.Length; from++)
            {
                for (int to = from; to <= text.Length; to++)
                {
                    var range = new OffsetRange(from, to);
                    if (spelled.SourceRange(range) != canonical.SourceRange(range))
                    {
                        spelled.SourceRange(range).ShouldBe(canonical.SourceRange(range), $"{request} {from}-{to}");
                    }
                }
            }
        }

        // The pieces join words broken at line ends, so the joined tokens are compared too.
        joined.ShouldBeGreaterThan(100);
    }

    [Theory]
    [InlineData("Twelve ses-\nsions of  physical\r\ntherapy", "Twelve sessions of physical therapy")]
    [InlineData("  #60\u00A0x2 ", "#60 x2")]
    [InlineData("", "")]
    public void Spells_a_request(string request, string expected)
    {
        using var spelled = new SpelledRequestText(request, 0, request.Length);
        spelled.Text.ShouldBe(expected);
    }

    [Fact]
    public void Maps_a_joined_word_past_its_break()
    {
        const string request = "Twelve ses-\nsions";
        using var spelled = new SpelledRequestText(request, 0, request.Length);
        spelled.SourceRange(new OffsetRange(7, 15)).ShouldBe(new OffsetRange(7, request.Length));
        spelled.SourceRange(new OffsetRange(10, 12)).ShouldBe(new OffsetRange(12, 14));
    }
}
