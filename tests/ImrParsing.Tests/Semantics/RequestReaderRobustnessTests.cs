using ImrParsing.Semantics;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Semantics;

/// <summary>Requests the corpus never wrote: every value still points at its own words, nothing throws.</summary>
public sealed class RequestReaderRobustnessTests
{
    // The characters the rules care about, with letters of the words they look for.
    private const string Alphabet = "0123456789 #()/-%,.:\n\fxXtimesforweekdaysmgDOSperfil";

    [Fact]
    public void Random_requests_give_values_that_span_their_words()
    {
        var random = new Random(11);
        for (int n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            AssertValuesSpanTheirWords(new string(chars));
        }
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.LetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_cut_of_a_real_request_is_read(string letter)
    {
        foreach (var item in ImrDocument.Parse(Infrastructure.Corpus.Read(letter)).Items)
        {
            string request = item.Request!.Value;
            for (int cut = 0; cut <= request.Length; cut += 3)
            {
                AssertValuesSpanTheirWords(request[..cut]);
                AssertValuesSpanTheirWords(request[cut..]);
            }
        }
    }

    private static void AssertValuesSpanTheirWords(string request)
    {
        var details = RequestReader.Default.Read(request);
        var document = new ImrDocument { Items = [new Syntax.DisputedItem { Details = details }] };
        foreach (var value in DocumentWalker.Values(document).Where(value => value.Text is not null))
        {
            request.Substring(value.Span.Start, value.Span.Length).ShouldBe(value.Text, $"{value.Path} in \"{request}\"");
        }
    }
}
