using ImrParsing.Benchmarks;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// What opens a medication request before its drug, read on the source's tokens: the "N words of"
/// prefix (<see cref="MedicationReader.SkipOfPrefix"/>) and a label before a colon
/// (<see cref="MedicationReader.SkipLabel"/>), against the character rules they replaced
/// (<see cref="SpelledRequestRules"/>, on the spelled text): the same place at every token of
/// constructed requests, with the line breaks, hyphens and no-break spaces extractors give.
/// </summary>
public sealed class MedicationLeadReferenceTests
{
    // Numbers in digits and words, too many digits, numbers glued to letters ("3of", "2x", "3x4"),
    // "of" in other cases, words of letters and of other scripts, marks, and labels long and short.
    private static readonly string[] Pieces =
    [
        "Two", "two", "ſix", "1", "12", "1234", "3of", "2x", "3x4", "2٣", "of", "Of", "OF", "off", "refills", "months", "coverage",
        "month", "supply", "container", "é", "Norco", "10/325mg", "#60", "Topical", "compound", "cream", ":", ":", "-", ",", "(",
        "Flurbiprofen", "Associated", "x2", "transdermalpatchesandcreams",
    ];

    private static readonly string[] Joins = [" ", " ", " ", "", "\n", "\u00A0", "-\n", "  ", " : "];

    [Fact]
    public void Skips_the_same_prefixes_and_labels_as_the_character_rules_on_constructed_requests()
    {
        int prefixes = 0, glued = 0, labels = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(Pieces, Joins, 7))
        {
            var words = request.Words;
            int expected = SpelledRequestRules.SkipOfPrefix(text, at);
            int found = request.SpelledStart(MedicationReader.SkipOfPrefix(words, index));
            if (found != expected)
            {
                found.ShouldBe(expected, $"prefix at {at} of \"{text}\"");
            }

            int expectedLabel = SpelledRequestRules.SkipLabel(text, at);
            int foundLabel = request.SpelledStart(MedicationReader.SkipLabel(words, index));
            if (foundLabel != expectedLabel)
            {
                foundLabel.ShouldBe(expectedLabel, $"label at {at} of \"{text}\"");
            }

            prefixes += expected > at ? 1 : 0;
            glued += expected > at && index < request.Lexed.Count && request.Lexed.Tokens[index].Kind == ImrParsing.Lexing.TokenKind.Mixed ? 1 : 0;
            labels += expectedLabel > at ? 1 : 0;
        }

        // The pieces make prefixes, some in a number's own token, and labels: the places compared are not all where they start.
        (prefixes > 2000 && glued > 100 && labels > 2000).ShouldBeTrue($"{prefixes} prefixes, {glued} glued, {labels} labels");
    }
}
