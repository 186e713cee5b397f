using BenchmarkDotNet.Attributes;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The case summary's readers on the narratives of whole letters: read where they can start, the
/// narrative lexed only there (<see cref="NarrativeReader"/>), against the whole narrative lexed
/// and each reader over all of it (<see cref="WholeNarrativeReader"/>), as before.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class CaseSummaryBenchmarks
{
    private (string Text, int Start, int End)[] _narratives = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _narratives =
        [
            .. BenchmarkInputs.Texts(Input)
                .Select(text => (Text: text, Narrative: ImrDocument.Parse(text).CaseSummary?.Text?.Span))
                .Where(letter => letter.Narrative is { Length: > 0 })
                .Select(letter => (letter.Text, letter.Narrative!.Value.Start, letter.Narrative.Value.End)),
        ];
    }

    [Benchmark(Baseline = true, Description = "Whole narrative lexed")]
    public int Whole()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            found += WholeNarrativeReader.Read(text, start, end).Dates.Length;
        }

        return found;
    }

    [Benchmark(Description = "Lexed where readers start")]
    public int Windows()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            found += NarrativeReader.Read(text, start, end).Dates.Length;
        }

        return found;
    }
}
