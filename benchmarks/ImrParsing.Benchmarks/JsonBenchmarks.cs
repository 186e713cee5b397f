using BenchmarkDotNet.Attributes;
using ImrParsing.Json;

namespace ImrParsing.Benchmarks;

/// <summary>
/// JSON serialization of parsed documents (compact, to a string). MB/s and bytes per byte are
/// counted against the letter's own UTF-8 size, as for the parse.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class JsonBenchmarks
{
    private ImrDocument[] _documents = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _documents = [.. BenchmarkInputs.Texts(Input).Select(ImrDocument.Parse)];

    [Benchmark(Description = "ImrJson.Serialize")]
    public int Serialize()
    {
        int length = 0;
        foreach (var document in _documents)
        {
            length += ImrJson.Serialize(document).Length;
        }

        return length;
    }
}
