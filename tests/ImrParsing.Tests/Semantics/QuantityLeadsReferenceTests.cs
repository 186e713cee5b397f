using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// What a request's token can start for the quantities, its letters looked up once in the lead
/// and number words together, against the two look-ups it replaced (<see cref="TwoLookupQuantityLeads"/>):
/// the same lead at every token of every corpus request (both extractions) and of constructed ones.
/// </summary>
public sealed class QuantityLeadsReferenceTests
{
    // Every lead and number word, in three cases, glued to digits, marks and letters past ASCII.
    private static readonly string[] Pieces =
    [
        .. QuantityGrammar.NumberWords.Select(word => word.Word), .. QuantityGrammar.DurationIntroducers, .. QuantityGrammar.TimesWords,
        .. QuantityGrammar.FrequencyAdverbs.Select(adverb => adverb.Word), .. QuantityGrammar.PeriodAdverbWords, .. QuantityGrammar.CountLabels,
        QuantityGrammar.SupplyDay, "x2", "2x4", "6weeks", "ſix", "twelvé", "visits", "session", "#", "(", ",", "-", "/", ":", "TENS", "knee",
        "Norco", "per", "a", "an", "the", "3", "10/325mg",
    ];

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_token_of_the_corpus_requests_leads_as_before(string name)
    {
        string letter = Infrastructure.Corpus.Read(name);
        foreach (var item in ImrDocument.Parse(letter).Items)
        {
            foreach (var request in new[] { item.Request, item.OriginalRequest }.OfType<TextValue>())
            {
                AssertSameLeads(letter, request.Span.Start, request.Span.End);
            }
        }
    }

    [Fact]
    public void Every_token_of_constructed_requests_leads_as_before()
    {
        var random = new Random(20161211);
        for (int sample = 0; sample < 20000; sample++)
        {
            var built = new System.Text.StringBuilder();
            for (int i = random.Next(1, 9); i > 0; i--)
            {
                string piece = Pieces[random.Next(Pieces.Length)];
                piece = random.Next(3) switch { 0 => piece.ToUpperInvariant(), 1 => char.ToUpperInvariant(piece[0]) + piece[1..], _ => piece };
                built.Append(piece).Append(random.Next(4) == 0 ? "" : " ");
            }

            string letter = "Item: " + built + "\n";
            AssertSameLeads(letter, 6, letter.Length - 1);
        }
    }

    private static void AssertSameLeads(string letter, int start, int end)
    {
        using var request = new RequestText(letter, start, end);
        var words = request.Words;
        for (int index = 0; index < words.Count; index++)
        {
            QuantityReader.LeadOf(words, index).ShouldBe(TwoLookupQuantityLeads.LeadOf(words, index), $"token {index} of \"{letter[start..end]}\"");
        }
    }
}
