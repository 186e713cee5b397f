using BenchmarkDotNet.Attributes;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A letter's lines into its preamble and sections: <see cref="LetterGrammar"/>, whose bodies are
/// skipped by <see cref="SkipLinesParser"/>, against the grammar that skipped them a Pidgin
/// token at a time (<see cref="PidginLetterGrammar"/>), on the same lines.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class LetterGrammarBenchmarks
{
    private Line[][] _letters = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _letters = [.. BenchmarkInputs.Texts(Input).Select(Lines)];

    [Benchmark(Baseline = true, Description = "A Pidgin token a line")]
    public int PidginTokens()
    {
        int sections = 0;
        foreach (var lines in _letters)
        {
            sections += PidginLetterGrammar.Letter.Parse(lines.AsSpan(), ScratchConfiguration.For<Line>()).Value.Sections.Length;
        }

        return sections;
    }

    [Benchmark(Description = "Skipped in one loop")]
    public int SkippedLines()
    {
        int sections = 0;
        foreach (var lines in _letters)
        {
            sections += LetterGrammar.Letter.Parse(lines.AsSpan(), ScratchConfiguration.For<Line>()).Value.Sections.Length;
        }

        return sections;
    }

    private static Line[] Lines(string text)
    {
        using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);
        return tokens.Lines.ToArray();
    }
}
