using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The case summary's window bounds, a group either side of each digit of whole letters (where
/// the dates' windows are placed): walked a character at a time (<see cref="WordWindows"/>)
/// against a vectorized search per run (<see cref="BaselineWordWindows"/>).
/// </summary>
[Config(typeof(ThroughputConfig))]
public class WordWindowsBenchmarks
{
    private string[] _texts = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _texts = BenchmarkInputs.Texts(Input);

    [Benchmark(Baseline = true, Description = "Vectorized searches")]
    public int Searched()
    {
        int sum = 0;
        foreach (string text in _texts)
        {
            for (int at = text.AsSpan().IndexOfAnyInRange('0', '9'); at >= 0; at = Next(text, at))
            {
                sum += BaselineWordWindows.Before(text, 0, at, 1) + BaselineWordWindows.After(text, at, text.Length, 1);
            }
        }

        return sum;
    }

    [Benchmark(Description = "A character at a time")]
    public int Walked()
    {
        int sum = 0;
        foreach (string text in _texts)
        {
            for (int at = text.AsSpan().IndexOfAnyInRange('0', '9'); at >= 0; at = Next(text, at))
            {
                sum += WordWindows.Before(text, 0, at, 1) + WordWindows.After(text, at, text.Length, 1);
            }
        }

        return sum;
    }

    private static int Next(string text, int at) =>
        text.AsSpan(at + 1).IndexOfAnyInRange('0', '9') is int next and >= 0 ? at + 1 + next : -1;
}
