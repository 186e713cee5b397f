using ImrParsing.Benchmarks;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The words that qualify a medication request before its drug ("Retrospective", "Post-op",
/// "Compound", "Request for"), matched on the source's tokens (<see cref="MedicationReader.SkipQualifiers"/>),
/// against the character rule they replaced (each of the grammar's words in turn as whole words on
/// the spelled text, below): the same end at every token of constructed requests, with the line
/// breaks, hyphens and no-break spaces extractors give.
/// </summary>
public sealed class MedicationQualifierReferenceTests
{
    // The qualifier words whole, in other cases, cut, glued to letters and digits, and the words after them.
    private static readonly string[] Pieces =
    [
        "Retrospective", "retrospective", "RETRO", "Retro", "retroactive", "retro2", "Post-op", "postop", "post", "op", "operative",
        "Post-operative", "postoperative", "Pre-op", "pre", "preoperative", "Compounded", "compound", "Compounds", "prescription",
        "Prescription for", "prescription of", "continue", "Continued", "additional", "Associated surgical service:", "associated",
        "surgical", "service", "topical", "Topicals", "request for", "Request of", "requested", "request", "refill of", "refill",
        "for", "of", "Norco", "10/325mg", "#60", "2", "-", "/", ",", "(", "ſ", "é",
    ];

    private static readonly string[] Joins = [" ", " ", " ", "", "\n", "\u00A0", "-\n", "  "];

    [Fact]
    public void Skips_the_same_words_as_the_character_rule_on_constructed_requests()
    {
        int skipped = 0, several = 0;
        foreach (var (text, request) in ConstructedRequests.Spelled(Pieces, Joins, 6))
        {
            for (int index = 0; index < request.Lexed.Count; index++)
            {
                var token = request.Tokens[index];
                int expected = CharacterRule(text, token.Start);
                int found = request.SpelledStart(MedicationReader.SkipQualifiers(request, index));
                if (found != expected)
                {
                    found.ShouldBe(expected, $"qualifiers at {token.Start} of \"{text}\"");
                }

                skipped += expected > token.Start ? 1 : 0;
                int first = QualifierEnd(text, token.Start);
                several += first >= 0 && first < text.Length && QualifierEnd(text, SpelledScan.SkipSpace(text, first)) >= 0 ? 1 : 0;
            }
        }

        // The pieces make qualifiers, one after another too: the ends compared are not all where they start.
        (skipped > 10000 && several > 500).ShouldBeTrue($"{skipped} skipped, {several} several");
    }

    // The rule as it was: at `at`, the first of the grammar's words as whole words, then the next after a space.
    private static int CharacterRule(string text, int at)
    {
        while (at < text.Length && QualifierEnd(text, at) is int end and >= 0)
        {
            at = SpelledScan.SkipSpace(text, end);
        }

        return at;
    }

    private static int QualifierEnd(string text, int at)
    {
        foreach (string word in MedicationGrammar.QualifierWords)
        {
            if (TextParsers.StartsWithKeyword(text.AsSpan(at), word, out int length))
            {
                return at + length;
            }
        }

        return -1;
    }
}
