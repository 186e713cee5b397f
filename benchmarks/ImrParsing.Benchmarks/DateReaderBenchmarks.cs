using BenchmarkDotNet.Attributes;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The dates of whole letters in canonical form: the word lexer and the token date reader
/// (<see cref="NarrativeDates.Find"/>) against the Pidgin grammar tried at every word it replaced
/// (<see cref="PidginDateScanner"/>), on the same texts.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DateReaderBenchmarks
{
    private CanonicalText[] _texts = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        // The canonical strings are made once, so both readers read the same text and no pooled buffer.
        _texts = [.. BenchmarkInputs.Texts(Input).Select(CanonicalText.Of)];
        foreach (var text in _texts)
        {
            _ = text.Value;
        }
    }

    [Benchmark(Baseline = true, Description = "Pidgin scanner")]
    public int Scanner()
    {
        int dates = 0;
        foreach (var text in _texts)
        {
            dates += PidginDateScanner.Find(text).Length;
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
