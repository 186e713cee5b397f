using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// <see cref="ConclusionReader.Find"/>, which takes the sentences from the end, against
/// <see cref="MarkedConclusionReader"/>, which searched the whole rationale for the words a
/// statement holds first: the same conclusion at the same source offsets.
/// </summary>
public sealed class ConclusionSentenceOrderReferenceTests
{
    // Constructed: the statements' words, near misses, full stops (several in a row), hyphens before white space.
    private static readonly string[] Pieces =
    [
        "not", "cannot", "is", "are", "be", "been", "medically necessary", "Medically", "necessary", "medical necessity",
        "Medical necessity has not been established", "medically neces-\nsary", "medical neces- \r\nsity", "is cer-\ntified",
        "unneces-\nsary", "neces", "sary", "certified", "Non-certified", "non- certified", "noncertified", "indicated",
        "warranted", "recommended", "the request", "board", "follow-up", "-", "- ", ".", "..", ". .", "3.5", "Dr.", "a", "considered",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", "\n", "\u00A0", "\r\n", "-", "-\n", "- ", ". ", "."];

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Reads_the_same_conclusion_in_every_corpus_text(string name)
    {
        string letter = Infrastructure.Corpus.Read(name);
        var rationales = ImrDocument.Parse(letter).Items.Select(item => item.Rationale?.Text?.Span).OfType<TextSpan>().ToList();

        // The rationales, the whole letter, and each line: most state nothing, so the other judgements are read too.
        var ranges = rationales.Select(span => (span.Start, span.End)).Append((0, letter.Length)).ToList();
        for (int start = 0, end; start < letter.Length; start = end + 1)
        {
            end = letter.IndexOf('\n', start) is int newline and >= 0 ? newline : letter.Length;
            ranges.Add((start, end));
        }

        foreach (var (start, end) in ranges)
        {
            ConclusionReader.Find(letter, start, end).ShouldBe(MarkedConclusionReader.Find(letter, start, end), $"{name} {start}-{end}");
        }
    }

    [Fact]
    public void Reads_the_same_conclusion_in_constructed_text()
    {
        var random = new Random(20261205);
        int found = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            string rationale = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)] + Spaces[random.Next(Spaces.Length)]));

            // Inside a letter, with statements on either side that are not the rationale's.
            string text = "is not medically necessary.\n" + rationale + "\nis not medically necessary.";
            int start = text.IndexOf('\n') + 1;
            int end = start + rationale.Length;
            var expected = MarkedConclusionReader.Find(text, start, end);
            ConclusionReader.Find(text, start, end).ShouldBe(expected, rationale);
            found += expected is null ? 0 : 1;
        }

        found.ShouldBeGreaterThan(5000);
    }
}
