using ImrParsing.Benchmarks;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Tokenizing;

/// <summary>
/// <see cref="LineTokens.GetLinePosition"/>, which keeps a cursor, against a binary search for every
/// offset (<see cref="SearchedLinePositions"/>, the benchmarks' reference shared as source): every
/// offset of every corpus text in order, backwards, and in random order, and generated texts of
/// mixed line ends.
/// </summary>
public sealed class LinePositionReferenceTests
{
    [Fact]
    public void Finds_the_lines_a_search_finds_on_the_corpus()
    {
        var random = new Random(9);
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            Check(Infrastructure.Corpus.Read(name), random);
        }
    }

    [Fact]
    public void Finds_the_lines_a_search_finds_on_generated_texts()
    {
        var random = new Random(10);
        string[] pieces = ["a", "word ", "\n", "\r\n", "\r", "\n\n", "  ", "Decision: ", "1.", "\u2028"];
        for (int sample = 0; sample < 2000; sample++)
        {
            var text = new System.Text.StringBuilder();
            for (int i = random.Next(0, 40); i > 0; i--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            Check(text.ToString(), random);
        }
    }

    private static void Check(string text, Random random)
    {
        using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);
        int[] offsets = [.. Enumerable.Range(0, text.Length + 1)];
        CheckAll(tokens, offsets);
        CheckAll(tokens, [.. offsets.Reverse()]);
        random.Shuffle(offsets);
        CheckAll(tokens, offsets);
    }

    private static void CheckAll(LineTokens tokens, int[] offsets)
    {
        foreach (int offset in offsets)
        {
            var actual = tokens.GetLinePosition(offset);
            if (actual != SearchedLinePositions.Of(tokens, offset))
            {
                actual.ShouldBe(SearchedLinePositions.Of(tokens, offset), $"offset {offset}");
            }
        }
    }
}
