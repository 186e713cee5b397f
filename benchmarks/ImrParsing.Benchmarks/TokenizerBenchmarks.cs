using BenchmarkDotNet.Attributes;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The hot path alone, text to classified line tokens with offsets, against the floor: one
/// vectorized pass over the same text (the baseline, counting line feeds) and the loop of
/// <c>IndexOfAny</c> over line ends that any line tokenizer needs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private string[] _texts = [];
    private BaselineLineClassifier _baseline = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.Texts(Input);
        var classifier = ImrParser.Default.Classifier;
        _baseline = new BaselineLineClassifier(classifier.Rules, classifier.DecisionWords);
    }

    [Benchmark(Baseline = true, Description = "Floor: Count('\\n')")]
    public int CountLineFeeds()
    {
        int count = 0;
        foreach (string text in _texts)
        {
            count += text.AsSpan().Count('\n');
        }

        return count;
    }

    [Benchmark(Description = "Floor: IndexOfAny line ends")]
    public int IndexOfAnyLineEnds()
    {
        int count = 0;
        foreach (string text in _texts)
        {
            var span = text.AsSpan();
            int found;
            while ((found = span.IndexOfAny(CharSets.LineEnd)) >= 0)
            {
                count++;
                span = span[(found + 1)..];
            }
        }

        return count;
    }

    [Benchmark(Description = "Tokenize")]
    public int Tokenize()
    {
        int count = 0;
        foreach (string text in _texts)
        {
            using var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier);
            count += tokens.Count;
        }

        return count;
    }

    [Benchmark(Description = "Tokenize (before: Refine at every line)")]
    public int TokenizeWholePass()
    {
        int count = 0;
        foreach (string text in _texts)
        {
            using var tokens = WholePassLineTokenizer.Tokenize(text, ImrParser.Default.Classifier);
            count += tokens.Count;
        }

        return count;
    }

    [Benchmark(Description = "Tokenize (before: no phrase keys)")]
    public int TokenizeBaseline()
    {
        int count = 0;
        foreach (string text in _texts)
        {
            using var tokens = BaselineLineTokenizer.Tokenize(text, _baseline);
            count += tokens.Count;
        }

        return count;
    }
}
