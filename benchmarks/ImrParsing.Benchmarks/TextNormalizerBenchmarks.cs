using BenchmarkDotNet.Attributes;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The canonical form of whole letters, written to a buffer (as the JSON writer writes every text
/// value): a run copied per line of prose against a run per word (<see cref="BaselineTextNormalizer"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TextNormalizerBenchmarks
{
    private string[] _texts = [];
    private char[] _buffer = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.Texts(Input);
        _buffer = new char[_texts.Max(text => text.Length)];
    }

    [Benchmark(Baseline = true, Description = "A run per word")]
    public int Baseline()
    {
        int written = 0;
        foreach (string text in _texts)
        {
            written += BaselineTextNormalizer.Normalize(text, _buffer, []);
        }

        return written;
    }

    [Benchmark(Description = "TextNormalizer")]
    public int Normalizer()
    {
        int written = 0;
        foreach (string text in _texts)
        {
            written += TextNormalizer.Normalize(text, _buffer);
        }

        return written;
    }
}
