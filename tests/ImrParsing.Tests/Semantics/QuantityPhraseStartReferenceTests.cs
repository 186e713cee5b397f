using ImrParsing.Benchmarks;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The quantity reader, whose phrase lists are tried only where a place's first characters admit
/// a phrase, against <see cref="EveryPhraseQuantityReader"/>, which matches every phrase of a list
/// from its place: the same quantities, values and source spans on the corpus's requests (both
/// extractions, for a medication and not) and on constructed ones, whose pieces put every list's
/// phrases at token ends with and without white space after, inside tokens and past the last one.
/// </summary>
public sealed class QuantityPhraseStartReferenceTests
{
    // Every phrase of the lists, alone and glued to numbers and marks; words that share a list's
    // first letters; words broken by line-end hyphens.
    private static readonly string[] Pieces =
    [
        "2", "12", "60", "Twelve", "six", "SIX", "ſix", "One (1)", "two to three", "7-10", "6\u20138", "x2", "2x4", "2x", "x6", "x", "X",
        "times", "time", "Times", "#60", "# 2", "(12)", "(12 sessions)", "(1)", "(", ")", "weeks", "week", "wks", "wk", "-day", "days", "day",
        "months", "month", "years", "year", "a week", "per week", "/week", "/ wk", "each day", "every month", "weekly", "daily", "Monthly",
        "yearly", "twice", "once", "for", "over", "a", "an", "QTY:", "quantity", "day supply:", "supply", "sessions", "session", "visits",
        "visit", "treatments", "treatment", "hours", "hour", "hrs", "minutes", "mins", "refills", "refill", "in", "to", "of", "mg", "views",
        "view", "leads", "lead", "tesla", "channels", "channel", "phase", "dimensional", "level", "compartment", "and", "plus", "; ", ", ",
        "&", "wednesday", "yoga", "mri", "Dayton", "perhaps", "tomorrow", "overall", "forty", "sessional", "ſessions", "ses-\nsions",
        "wee-\nks", "da-\nily", "Twel-\nve",
    ];

    private static readonly string[] Joins = [" ", " ", " ", " ", "", "", "\n", "\r\n", "\u00A0", "  ", "\t", "-\n"];

    [Fact]
    public void Reads_the_same_quantities_as_every_phrase_on_constructed_requests()
    {
        var random = new Random(20261206);
        int quantities = 0, counted = 0;
        foreach (var (text, request) in ConstructedRequests.Spelled(Pieces, Joins, 14))
        {
            bool medication = random.Next(4) == 0;
            int count = request.Lexed.Count;
            (int First, int Last)[] skip = random.Next(8) == 0 && count > 2 ? [(count / 3, count / 2)] : [];
            var expected = EveryPhraseQuantityReader.Read(request, medication, skip);
            QuantityReader.Read(request, medication, skip).ToList().ShouldBe([.. expected], $"{text} (medication: {medication})");
            quantities += expected.Length;
            counted += expected.Count(quantity => quantity.Counted is not null);
        }

        (quantities > 5000 && counted > 2000).ShouldBeTrue($"{quantities} quantities, {counted} counted");
    }

    [Fact]
    public void Reads_the_same_quantities_as_every_phrase_on_the_corpus_requests()
    {
        int requests = 0, quantities = 0;
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string letter = Infrastructure.Corpus.Read(name);
            foreach (var item in ImrDocument.Parse(letter).Items)
            {
                foreach (var words in new[] { item.Request, item.OriginalRequest }.OfType<ImrParsing.Syntax.TextValue>())
                {
                    using var request = new RequestText(letter, words.Span.Start, words.Span.End);
                    foreach (bool medication in (bool[])[false, true])
                    {
                        var expected = EveryPhraseQuantityReader.Read(request, medication, []);
                        QuantityReader.Read(request, medication, []).ToList().ShouldBe([.. expected], $"{name}: {words.Value} (medication: {medication})");
                        quantities += expected.Length;
                    }

                    requests++;
                }
            }
        }

        (requests > 300 && quantities > 100).ShouldBeTrue($"{requests} requests, {quantities} quantities");
    }
}
