using BenchmarkDotNet.Attributes;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The classifier's first pass alone: every line the tokenizer gives of an input, text by text, each
/// text read once before its lines (as the tokenizer's line-end search has read it), classified
/// with the phrase prefixes against the four-character keys (<see cref="FourCharKeyLineClassifier"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class LineClassifierBenchmarks
{
    private string[] _texts = [];
    private Line[][] _lines = [];
    private FourCharKeyLineClassifier _fourCharKeys = null!;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.Texts(Input);
        var classifier = ImrParser.Default.Classifier;
        _fourCharKeys = new FourCharKeyLineClassifier(classifier.Rules, classifier.DecisionWords);
        _lines = [.. _texts.Select(text =>
        {
            using var tokens = LineTokenizer.Tokenize(text, classifier);
            return tokens.Lines.ToArray().Select(line => new Line(line.Start, line.ContentStart, line.ContentLength, line.Number)).ToArray();
        })];
    }

    [Benchmark(Baseline = true, Description = "Classify (before: four-character keys)")]
    public int ClassifyFourCharKeys() => ClassifyAll(fourCharKeys: true);

    [Benchmark(Description = "Classify")]
    public int Classify() => ClassifyAll(fourCharKeys: false);

    private int ClassifyAll(bool fourCharKeys)
    {
        var classifier = ImrParser.Default.Classifier;
        int sum = 0;
        for (int t = 0; t < _texts.Length; t++)
        {
            string text = _texts[t];
            sum += text.AsSpan().Count('\n');
            foreach (var line in _lines[t])
            {
                bool mayRefine;
                sum += (fourCharKeys ? _fourCharKeys.Classify(text, line, out mayRefine) : classifier.Classify(text, line, out mayRefine)).Rule + (mayRefine ? 1 : 0);
            }
        }

        return sum;
    }
}
