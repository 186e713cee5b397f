using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// <see cref="ConclusionReader"/>, which makes only the sentences it reads canonical, against the
/// reader that made the whole rationale canonical first (<see cref="CanonicalConclusionReader"/>):
/// the same conclusion with the same source offsets, words broken over line ends included.
/// </summary>
public sealed class ConclusionSentencesReferenceTests
{
    // Constructed: the words the statements start and go on with, near misses, the marks that end a word or a sentence.
    private static readonly string[] Pieces =
    [
        "not", "Not", "cannot", "is", "are", "was", "were", "be", "been", "has", "medically necessary", "medically", "necessary",
        "medical necessity", "Medical necessity", "medical", "necessity", "medically neces-\nsary", "medical neces-\r\nsity",
        "is cer-\nti-\nfied", "neces", "sary", "cert", "ified", "certified", "non", "non-",
        "noncertified", "non-certified", "Non Certified", "established", "shown", "met", "indicated", "appropriate", "recommended",
        "supported", "warranted", "the request", "by the provided records as being", "board", "(MTUS)", "doesn't", "follow-up",
        "-", ",", ".", ".", ";", ":", "3.5", "5mg", "a", "to", "considered",
    ];

    // A hyphen before a line end joins the words around it in the canonical form ("neces-" / "sary").
    private static readonly string[] Spaces = [" ", " ", " ", "\n", "\u00A0", "  ", "\r\n", "-", "-\n", "-\r\n", "- \n", "-\u2028", "- "];

    [Fact]
    public void Reads_the_conclusion_as_the_whole_canonical_rationale_on_constructed_text()
    {
        var random = new Random(20161205);
        int found = 0;
        for (int sample = 0; sample < 10000; sample++)
        {
            string rationale = string.Concat(Enumerable.Range(0, random.Next(1, 24)).Select(_ => Pieces[random.Next(Pieces.Length)] + Spaces[random.Next(Spaces.Length)]));

            // Inside a letter: offsets are the letter's, and nothing outside the rationale is read.
            string text = "is not medically necessary.\n" + rationale + "\nis not medically necessary.";
            int start = text.IndexOf('\n') + 1;
            int end = start + rationale.Length;
            var expected = CanonicalConclusionReader.Find(text, start, end);
            ConclusionReader.Find(text, start, end).ShouldBe(expected, rationale);
            found += expected is null ? 0 : 1;
        }

        found.ShouldBeGreaterThan(3000);
    }

    [Fact]
    public void A_word_broken_over_a_line_end_is_read_whole()
    {
        // Were the first sentence not read, the second's "is recommended" would be the conclusion.
        const string text = "The request is not medically neces-\nsary at this time. Weaning is recommended.";

        ConclusionReader.Find(text, 0, text.Length).ShouldBe((RationaleConclusion.NotMedicallyNecessary, text.IndexOf("not", StringComparison.Ordinal), text.IndexOf(" at", StringComparison.Ordinal)));
    }
}
