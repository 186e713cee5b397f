using System.Text;
using ImrParsing.Benchmarks;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The words of a diagnosis list's pieces read in place (<see cref="DiagnosisList.PieceWordSpans"/>)
/// against the tokens' characters copied into a buffer (<see cref="CopiedPieceWords"/>, the
/// benchmarks' baseline shared as source): the same words on stretches of every corpus text and of
/// constructed texts with words of several tokens, words joined at line-end hyphens and marks.
/// </summary>
public sealed class PieceWordsReferenceTests
{
    private static readonly string[] Pieces =
    [
        "sprain/strain", "(left)", "\"knee\"", "L4-5", "T9-10", "treat-\nment", "(treat-\r\nment)", "inju-\nry/strain", "the", "The",
        "shoulder,", "neck.", "[right]", "'hip'", "and", "or", "with", "caf\u00E9", "5-325", "-", "a", "--", "x-\n", "of", "ankle;",
    ];

    private static readonly string[] Spaces = [" ", " ", "\n", "\r\n", "\t", string.Empty, string.Empty, "  "];

    [Fact]
    public void Reads_the_same_words_as_the_copies_on_stretches_of_every_corpus_text()
    {
        var random = new Random(20261210);
        int words = 0;
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string text = Infrastructure.Corpus.Read(name);
            using var tokens = WordLexer.Lex(text);
            var lexed = new LexedText(text, tokens);
            for (int sample = 0; sample < 400 && lexed.Count > 0; sample++)
            {
                int first = random.Next(lexed.Count);
                var piece = (first, Math.Min(lexed.Count - 1, first + random.Next(-1, 24)));
                var expected = Copied(lexed, piece);
                InPlace(lexed, piece).ShouldBe(expected, $"{name} {piece}");
                words += expected.Length;
            }
        }

        words.ShouldBeGreaterThan(100000);
    }

    [Fact]
    public void Reads_the_same_words_as_the_copies_on_constructed_texts()
    {
        var random = new Random(20261211);
        int joined = 0;
        for (int sample = 0; sample < 5000; sample++)
        {
            var builder = new StringBuilder();
            int pieces = random.Next(0, 30);
            for (int k = 0; k < pieces; k++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]).Append(Spaces[random.Next(Spaces.Length)]);
            }

            string text = builder.ToString();
            using var tokens = WordLexer.Lex(text);
            var lexed = new LexedText(text, tokens);
            for (int first = 0; first < lexed.Count; first++)
            {
                foreach (int last in new[] { first - 1, first, first + 1, first + 3, lexed.Count - 1 })
                {
                    var piece = (first, Math.Min(last, lexed.Count - 1));
                    var expected = Copied(lexed, piece);
                    InPlace(lexed, piece).ShouldBe(expected, $"{text} {piece}");
                    joined += expected.Count(word => word.Contains("ment", StringComparison.Ordinal));
                }
            }
        }

        joined.ShouldBeGreaterThan(1000);
    }

    private static string[] InPlace(LexedText text, (int First, int Last) piece)
    {
        var words = new List<string>();
        var spans = new DiagnosisList.PieceWordSpans(text, piece);
        try
        {
            while (spans.Next(out var word))
            {
                words.Add(word.ToString());
            }
        }
        finally
        {
            spans.Dispose();
        }

        return [.. words.Where(word => word.Length > 0)];
    }

    private static string[] Copied(LexedText text, (int First, int Last) piece)
    {
        var words = new List<string>();
        CopiedPieceWords.Read(text, piece, word =>
        {
            words.Add(word.ToString());
            return true;
        });
        return [.. words.Where(word => word.Length > 0)];
    }
}
