using ImrParsing.Benchmarks;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>Requests constructed from pieces for the reference tests of the request readers.</summary>
internal static class ConstructedRequests
{
    /// <summary>
    /// 20,000 requests of one to <paramref name="most"/> - 1 pieces, each joined to the one before by one
    /// of <paramref name="joins"/>, set in a letter's line and spelled from their tokens as the readers
    /// see them, with the <see cref="SpelledRequestText"/> that maps the spelled text to the letter.
    /// </summary>
    public static IEnumerable<(string Text, SpelledRequestText Request)> Spelled(string[] pieces, string[] joins, int most)
    {
        var random = new Random(20161205);
        for (int sample = 0; sample < 20000; sample++)
        {
            var built = new System.Text.StringBuilder(pieces[random.Next(pieces.Length)]);
            for (int i = random.Next(1, most); i > 1; i--)
            {
                built.Append(joins[random.Next(joins.Length)]).Append(pieces[random.Next(pieces.Length)]);
            }

            string request = built.ToString();
            string source = "Item: " + request + "\n";
            using var spelled = new SpelledRequestText(source, 6, 6 + request.Length);
            yield return (spelled.Text, spelled);
        }
    }

    /// <summary>
    /// Every token of the requests <see cref="Spelled"/> makes, and the place past the last: the
    /// spelled text, the request, the token's index and where it starts in the spelled text.
    /// </summary>
    public static IEnumerable<(string Text, SpelledRequestText Request, int Index, int At)> Tokens(string[] pieces, string[] joins, int most)
    {
        foreach (var (text, request) in Spelled(pieces, joins, most))
        {
            for (int index = 0; index <= request.Lexed.Count; index++)
            {
                yield return (text, request, index, request.SpelledStart(index));
            }
        }
    }
}
