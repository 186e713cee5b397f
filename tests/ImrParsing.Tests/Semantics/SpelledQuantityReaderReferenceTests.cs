using ImrParsing.Benchmarks;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The quantity reader (<see cref="QuantityReader"/>) against its reading over the request's spelled
/// text (<see cref="SpelledQuantityReader"/>, the benchmarks' copy shared as source), the reference
/// its port to the source's tokens is held to: the same quantities, values and source spans on the
/// corpus's requests and on constructed ones, for a medication and not, with tokens left unread.
/// </summary>
public sealed class SpelledQuantityReaderReferenceTests
{
    // Pieces of requests: numbers in digits and words, ranges, "2x4", the marks and words of every
    // rule, units and periods, words that only look like them, words broken by line-end hyphens.
    private static readonly string[] Pieces =
    [
        "2", "12", "1234", "60", "0", "Twelve", "six", "SIX", "sixty", "ſix", "one", "One (1)", "two to three", "7-10", "6\u20138", "1-2", "3-1000",
        "x2", "2x4", "2x", "x6", "x", "X", "x-ray", "times", "time", "Times", "#60", "# 2", "#", "(12)", "(12 sessions)", "(1)", "(a)", "(", ")",
        "weeks", "week", "wks", "wk", "-day", "days", "day", "months", "month", "year", "a week", "per week", "/week", "/ wk", "each day",
        "every month", "weekly", "daily", "Monthly", "twice", "once", "thrice", "for", "over", "a", "QTY:", "QTY", "quantity", ":", "day supply:",
        "supply", "sessions", "session", "visits", "visit", "treatments", "hours", "hrs", "mins", "refills", "of", "mg", "in", "to", "view",
        "and", "plus", "AND", "Plus", "pluſ", "band", ";", "&", ",", ", 2", "physical therapy", "chiropractic", "for the neck", "of the lumbar spine",
        "ses-\nsions", "vis-\r\nits", "we-\neks", "tw-\nice", "Twel-\nve",
    ];

    private static readonly string[] Joins = [" ", " ", " ", " ", "", "\n", "\r\n", "\u00A0", "  ", "\t", "-\n"];

    [Fact]
    public void Reads_the_same_quantities_as_the_spelled_reader_on_constructed_requests()
    {
        var random = new Random(20261205);
        int quantities = 0, counted = 0;
        foreach (var (text, request) in ConstructedRequests.Spelled(Pieces, Joins, 14))
        {
            bool medication = random.Next(4) == 0;
            int count = request.Lexed.Count;
            (int First, int Last)[] skip = random.Next(8) == 0 && count > 2 ? [(count / 3, count / 2)] : [];
            var expected = SpelledQuantityReader.Read(request, medication, skip);
            QuantityReader.Read(request, medication, skip).ToList().ShouldBe([.. expected], $"{text} (medication: {medication})");
            quantities += expected.Length;
            counted += expected.Count(quantity => quantity.Counted is not null);
        }

        (quantities > 5000 && counted > 2000).ShouldBeTrue($"{quantities} quantities, {counted} counted");
    }

    [Fact]
    public void Reads_the_same_leads_and_conjunctions_at_every_token_as_the_spelled_reader()
    {
        int leads = 0, conjoined = 0;
        foreach (var (text, request, index, at) in ConstructedRequests.Tokens(Pieces, Joins, 14))
        {
            if (index == request.Lexed.Count)
            {
                continue;
            }

            var words = request.Words;
            string expected = SpelledQuantityReader.LeadOf(text, request.Tokens[index]).ToString();
            QuantityReader.LeadOf(words, index).ToString().ShouldBe(expected, $"token {index} of \"{text}\"");
            bool after = at > 0 && SpelledQuantityReader.AfterConjunction(text, at);
            (index > 0 && QuantityReader.AfterConjunction(words, index)).ShouldBe(after, $"token {index} of \"{text}\"");
            leads += expected == nameof(QuantityReader.Lead.None) ? 0 : 1;
            conjoined += after ? 1 : 0;
        }

        (leads > 50000 && conjoined > 2000).ShouldBeTrue($"{leads} leads, {conjoined} after a conjunction");
    }

    [Fact]
    public void Reads_the_same_quantities_as_the_spelled_reader_on_the_corpus_requests()
    {
        int requests = 0, quantities = 0;
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string letter = Infrastructure.Corpus.Read(name);
            foreach (var item in ImrDocument.Parse(letter).Items)
            {
                if (item.Request is not { } words)
                {
                    continue;
                }

                using var request = new SpelledRequestText(letter, words.Span.Start, words.Span.End);
                foreach (bool medication in (bool[])[false, true])
                {
                    var expected = SpelledQuantityReader.Read(request, medication, []);
                    QuantityReader.Read(request, medication, []).ToList().ShouldBe([.. expected], $"{name}: {request.Text} (medication: {medication})");
                    quantities += expected.Length;
                }

                requests++;
            }
        }

        (requests > 300 && quantities > 100).ShouldBeTrue($"{requests} requests, {quantities} quantities");
    }
}
