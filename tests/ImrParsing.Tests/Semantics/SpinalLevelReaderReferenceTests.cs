using ImrParsing.Benchmarks;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// A spinal level read by hand on the spelled text (<see cref="SpelledRequestRules.SpinalLevelEnd"/>) against
/// the Pidgin rule it replaced (<see cref="PidginSpinalLevel"/>, the benchmarks' baseline shared as source):
/// the same end, or none, at every character of constructed requests spelled from their tokens as the
/// readers see them; and the reader on the source's tokens (<see cref="SpinalLevelReader"/>) against the
/// character rule, the same words or none at every token.
/// </summary>
public sealed class SpinalLevelReaderReferenceTests
{
    // Vertebrae of every region in both cases, numbers of one to three digits, both joiners, and
    // words that only begin like them.
    private static readonly string[] Pieces =
    [
        "L4", "L5", "l4", "S1", "s1", "C5", "T12", "T123", "L", "C", "L4-5", "L5-S1", "C5/6", "T12-L1", "L4-512", "C7/T1", "L4-", "-", "/",
        "5", "12", "123", "S", "Lumbar", "Left", "L4x", "and", ",", "(", ")", "L3-4-5", "C5/C6", "T1/", "ESI", "at",
    ];

    private static readonly string[] Joins = [" ", " ", "", "", "-", "/", "\n", "\u00A0", "-\n"];

    [Fact]
    public void Reads_the_same_levels_as_the_grammar_on_constructed_requests()
    {
        int levels = 0, discs = 0, failedAtLetter = 0;
        foreach (var (text, _) in ConstructedRequests.Spelled(Pieces, Joins, 7))
        {
            for (int at = 0; at < text.Length; at++)
            {
                int expected = PidginSpinalLevel.End(text, at);
                if (SpelledRequestRules.SpinalLevelEnd(text, at) != expected)
                {
                    SpelledRequestRules.SpinalLevelEnd(text, at).ShouldBe(expected, $"level at {at} of \"{text}\"");
                }

                levels += expected < 0 ? 0 : 1;
                discs += expected > at && text.AsSpan(at, expected - at).IndexOfAny('-', '/') > 0 ? 1 : 0;
                failedAtLetter += expected < 0 && InjectionGrammar.VertebraLetters.Contains(text[at], StringComparison.Ordinal) ? 1 : 0;
            }
        }

        string tally = $"{levels} levels, {discs} discs, {failedAtLetter} no level at a vertebra's letter";
        (levels > 10000 && discs > 3000 && failedAtLetter > 5000).ShouldBeTrue(tally);
    }

    [Fact]
    public void Reads_the_same_levels_on_the_source_tokens_as_the_character_rule()
    {
        int levels = 0, discs = 0, none = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(Pieces, Joins, 7))
        {
            int expected = SpelledRequestRules.SpinalLevelEnd(text, at);
            int last = index < request.Lexed.Count ? SpinalLevelReader.Last(request.Words, index) : -1;
            int found = last < 0 ? -1 : request.Tokens[last].End;
            if (found != expected)
            {
                found.ShouldBe(expected, $"level at {at} of \"{text}\"");
            }

            levels += expected < 0 ? 0 : 1;
            discs += last > index ? 1 : 0;
            none += expected < 0 && at < text.Length && InjectionGrammar.VertebraLetters.Contains(text[at], StringComparison.Ordinal) ? 1 : 0;
        }

        levels.ShouldBeGreaterThan(3000);
        discs.ShouldBeGreaterThan(1000);
        none.ShouldBeGreaterThan(1000);
    }
}
