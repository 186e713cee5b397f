using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Tokenizing;
using Pidgin;

namespace ImrParsing.Tests.Grammar;

/// <summary>
/// <see cref="LetterGrammar.Letter"/> against the grammar that skipped each line through a Pidgin
/// token parser (<see cref="PidginLetterGrammar"/>): the same preamble and sections, on
/// constructed sequences of line kinds and on every corpus text's lines (the extractors' included).
/// </summary>
public sealed class LetterGrammarReferenceTests
{
    [Fact]
    public void Reads_constructed_lines_as_the_token_grammar_did()
    {
        var kinds = Enum.GetValues<LineKind>();
        var random = new Random(20161206);
        int sections = 0;
        int refused = 0;
        for (int sample = 0; sample < 20000; sample++)
        {
            var lines = new Line[random.Next(0, 30)];
            for (int i = 0; i < lines.Length; i++)
            {
                // Headings and their continuations often, so that sections, wrapped headings and empty bodies all occur.
                var kind = random.Next(4) == 0 ? (random.Next(2) == 0 ? LineKind.Heading : LineKind.HeadingContinuation) : kinds[random.Next(kinds.Length)];
                lines[i] = new Line(i * 10, i * 10, 5, i + 1, kind, random.Next(3), false);
            }

            int read = SameAsTheTokenGrammar(lines);
            sections += Math.Max(read, 0);
            refused += read < 0 ? 1 : 0;
        }

        sections.ShouldBeGreaterThan(5000);
        refused.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Reads_every_corpus_text_as_the_token_grammar_did()
    {
        var texts = Infrastructure.Corpus.AllTexts.Select(Infrastructure.Corpus.Read)
            .Concat(Directory.GetFiles(Path.Combine(Infrastructure.Corpus.Folder, "extractors"), "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText));
        int sections = 0;
        foreach (string text in texts)
        {
            using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);
            int read = SameAsTheTokenGrammar(tokens.Lines.ToArray());
            read.ShouldBeGreaterThanOrEqualTo(0, "a tokenized letter's lines always parse");
            sections += read;
        }

        sections.ShouldBeGreaterThan(1000);
    }

    // The number of sections read, or -1 where both refused the lines.
    private static int SameAsTheTokenGrammar(Line[] lines)
    {
        var expected = PidginLetterGrammar.Letter.Parse(lines.AsSpan(), ScratchConfiguration.For<Line>());
        var read = LetterGrammar.Letter.Parse(lines.AsSpan(), ScratchConfiguration.For<Line>());
        string kinds = string.Join(" ", lines.Select(line => line.Kind));
        read.Success.ShouldBe(expected.Success, kinds);
        if (!expected.Success)
        {
            return -1;
        }

        Describe(read.Value).ShouldBe(Describe(expected.Value), kinds);
        return read.Value.Sections.Length;
    }

    private static string Describe(LetterSyntax letter) =>
        letter.Preamble + " / " + string.Join(" | ", letter.Sections);
}
