using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The medication rules read on the source's tokens against the character rules they replaced on
/// the spelled text (<see cref="SpelledRequestRules"/>, each held to its Pidgin rule by
/// <see cref="MedicationRuleReaderReferenceTests"/>): the dosage form (<see cref="DosageFormReader"/>),
/// the same words or none at every token of constructed requests, with the line breaks, hyphens,
/// runs of white space and no-break spaces extractors give.
/// </summary>
public sealed class MedicationTokenRuleReferenceTests
{
    // Forms and the words around them: "in" with a form after it and without, forms that only begin
    // like a phrase ("patchy", "gels"), the longer phrases and their first words alone, a phrase cut by a line-end hyphen.
    private static readonly string[] FormPieces =
    [
        "in", "In", "IN", "into", "cream", "Cream", "cream base", "base", "oral", "Oral suspension", "oral tablets", "oral tablet",
        "transdermal", "transdermal patch", "transdermal patches", "patches", "patch", "patchy", "gel", "gels", "GEL", "tab", "tabs",
        "tablet", "caps", "capsule", "drops", "spray", "suppositories", "lozenges", "the", "morning", ",", "(", "5%", "#60", "pat-\nches",
        "é",
    ];

    // Directions' words and doses, amounts in digits and words, ranges, too many digits, intervals,
    // numbers glued to letters, and words that only begin like them ("used", "tabby", "quarter").
    private static readonly string[] DirectionPieces =
    [
        "apply", "Apply", "take", "use", "used", "inject", "every", "by mouth", "by", "mouth", "orally", "as needed", "as", "po", "PO",
        "prn", "bid", "TID", "qid", "qhs", "qd", "qam", "qpm", "at bedtime", "once daily", "twice daily", "1", "12", "1234", "1-2",
        "2-1234", "6\u20138", "one", "Two", "two to three", "two to 3x", "to", "tablets", "tablet", "tabs", "tab", "tabby", "capsules",
        "caps", "cap", "pills", "pill", "hours on", "hours", "on", "patches", "patch", "puffs", "drops", "times a day", "times daily",
        "times", "q4h", "q4-6h", "Q6", "q", "quarter", ",", "#60", "2x", "1-2x", "ta-\nbs", "ſix", "q٣",
    ];

    private static readonly string[] DirectionJoins = [" ", " ", " ", "", "-", "\u2013", "\n", "  ", "-\n", "\u00A0"];

    // Refills before and after their number, with and without a mark; numbers in digits and words,
    // too many digits, a folded letter ("ſix"), numbers in a mark's token ("x2", "xtwo") or before letters ("2nd").
    private static readonly string[] RefillPieces =
    [
        "refills", "refill", "Refills", "REFILL", "refilled", "re-\nfills", "1", "2", "12", "1234", "0", "one", "Two", "twenty", "ſix",
        "x", "X", ":", "xanax", "x2", "X 3", ": 2", "xtwo", "x٣", "2nd", "with", "of", "#", "(", "one-", "twoo",
    ];

    // What directions end with before the rules that follow them: marks, "with" (also with a dotless i, which
    // the character rule folds), words that only begin like it.
    private static readonly string[] TrimPieces = ["1", "tab", "by mouth", "daily", "with", "With", "WITH", "w\u0131th", "without", ",", ";", "(", ")", "#60", "wi-\nth"];

    private static readonly string[] Joins = [" ", " ", " ", "", "\n", "  ", "\u00A0", "-\n", ", ", " \r\n"];

    [Fact]
    public void Reads_the_same_forms_as_the_character_rule_on_constructed_requests()
    {
        int forms = 0, afterIn = 0, phrases = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(FormPieces, Joins, 7))
        {
            var words = request.Words;
            var expected = SpelledRequestRules.DosageForm(text, at);
            var found = DosageFormReader.Read(words, index) is { } form
                ? new OffsetRange(request.Tokens[form.First].Start, request.Tokens[form.Last].End)
                : (OffsetRange?)null;
            if (found != expected)
            {
                found.ShouldBe(expected, $"form at {at} of \"{text}\"");
            }

            forms += expected is null ? 0 : 1;
            afterIn += expected is { } read && read.Start > at ? 1 : 0;
            phrases += expected is { } spaced && text.AsSpan(spaced.Start, spaced.Length).Contains(' ') ? 1 : 0;
        }

        forms.ShouldBeGreaterThan(5000);
        afterIn.ShouldBeGreaterThan(500);
        phrases.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Tells_where_directions_begin_as_the_character_rule_on_constructed_requests()
    {
        int starts = 0, doses = 0, intervals = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(DirectionPieces, DirectionJoins, 7))
        {
            var words = request.Words;
            bool expected = SpelledRequestRules.DirectionsStart(text, at);
            if (DirectionsReader.StartsAt(words, index) != expected)
            {
                DirectionsReader.StartsAt(words, index).ShouldBe(expected, $"directions at {at} of \"{text}\"");
            }

            starts += expected ? 1 : 0;
            doses += expected && SpelledQuantityReader.AmountEnd(text, at) >= 0 ? 1 : 0;
            intervals += expected && text[at] is 'q' or 'Q' && at + 1 < text.Length && char.IsDigit(text[at + 1]) ? 1 : 0;
        }

        starts.ShouldBeGreaterThan(5000);
        doses.ShouldBeGreaterThan(500);
        intervals.ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Reads_the_same_refills_as_the_character_rule_on_constructed_requests()
    {
        int refills = 0, after = 0, inside = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(RefillPieces, Joins, 7))
        {
            var expected = SpelledRequestRules.Refills(text, at, out int end);
            var found = RefillsReader.Read(request, index);
            string where = $"refills at {at} of \"{text}\"";
            found.HasValue.ShouldBe(expected.HasValue, where);
            if (expected is not { } number || found is not { } read)
            {
                continue;
            }

            // The same number, its source words where the spelled text maps back, and the statement ending in its last token.
            var source = request.SourceRange(new OffsetRange(number.Start, number.End));
            (read.Value, read.Number.Start, read.Number.End).ShouldBe((number.Value, source.Start, source.End), where);
            (request.Tokens[read.Last].Start < end && end <= request.Tokens[read.Last].End).ShouldBeTrue(where);
            refills++;
            after += number.Start > at ? 1 : 0;
            inside += end < request.Tokens[read.Last].End || request.Tokens[read.Last].Start < number.Start ? 1 : 0;
        }

        refills.ShouldBeGreaterThan(2000);
        after.ShouldBeGreaterThan(500);
        inside.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Ends_directions_as_the_character_rule_on_constructed_requests()
    {
        int trimmed = 0, withs = 0;
        foreach (var (text, request) in ConstructedRequests.Spelled(TrimPieces, Joins, 7))
        {
            var words = request.Words;
            for (int first = 0; first < words.Count; first++)
            {
                for (int end = first + 1; end <= words.Count; end++)
                {
                    int start = request.SpelledStart(first);
                    var expected = SpelledRequestRules.TrimDirections(text, start, request.SpelledStart(end));
                    var found = MedicationReader.TrimDirections(words, first, end) is { } range
                        ? new OffsetRange(request.Tokens[range.First].Start, request.Tokens[range.Last].End)
                        : (OffsetRange?)null;
                    if (found != expected)
                    {
                        found.ShouldBe(expected, $"directions from {first} to {end} of \"{text}\"");
                    }

                    int full = request.Tokens[end - 1].End;
                    trimmed += expected is { } kept && kept.End < full ? 1 : 0;
                    withs += expected is { } cut && text.AsSpan(cut.End, full - cut.End).Contains("ith", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
                }
            }
        }

        trimmed.ShouldBeGreaterThan(20000);
        withs.ShouldBeGreaterThan(5000);
    }
}
