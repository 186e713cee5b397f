using BenchmarkDotNet.Attributes;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The whole parse, every field, against the baseline: the hand-written regex extractor of fewer
/// fields (<see cref="RegexBaseline"/>) on the same text.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParseBenchmarks
{
    private string[] _texts = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _texts = BenchmarkInputs.Texts(Input);

    [Benchmark(Baseline = true, Description = "Regex baseline")]
    public int Regex()
    {
        int items = 0;
        foreach (string text in _texts)
        {
            items += RegexBaseline.Extract(text).Items.Count;
        }

        return items;
    }

    [Benchmark(Description = "ImrDocument.Parse")]
    public int Parse()
    {
        int items = 0;
        foreach (string text in _texts)
        {
            items += ImrDocument.Parse(text).Items.Length;
        }

        return items;
    }
}
