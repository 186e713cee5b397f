using BenchmarkDotNet.Attributes;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The dates of whole letters: the word lexer and the token date reader over the source
/// (<see cref="NarrativeDates.Find(string)"/>) against the canonical form made and the Pidgin
/// grammar tried at every word of it (<see cref="PidginDateScanner"/>), as before the lexer.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DateReaderBenchmarks
{
    private string[] _texts = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _texts = [.. BenchmarkInputs.Texts(Input)];
    }

    [Benchmark(Baseline = true, Description = "Pidgin scanner")]
    public int Scanner()
    {
        int dates = 0;
        foreach (var text in _texts)
        {
            using var canonical = CanonicalText.Of(text);
            dates += PidginDateScanner.Find(canonical).Length;
        }

        return dates;
    }

    [Benchmark(Description = "Token reader")]
    public int Tokens()
    {
        int dates = 0;
        foreach (var text in _texts)
        {
            dates += NarrativeDates.Find(text).Length;
        }

        return dates;
    }
}
