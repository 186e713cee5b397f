using BenchmarkDotNet.Attributes;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The conclusions of whole letters' rationales: <see cref="ConclusionReader.Find"/>, which lexes
/// only the sentences that may state one and reads their tokens, against the reader that made each
/// whole rationale canonical and ran the Pidgin statements on those sentences
/// (<see cref="CanonicalConclusionReader"/>), and against the token reader as it was before it took
/// the sentences from the end (<see cref="MarkedConclusionReader"/>, which searched the whole
/// rationale for the words first), on the same rationales.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ConclusionReaderBenchmarks
{
    private (string Letter, int Start, int End)[] _rationales = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _rationales = [.. BenchmarkInputs.Texts(Input).SelectMany(Rationales)];

    [Benchmark(Baseline = true, Description = "Canonical rationale, Pidgin")]
    public int Whole()
    {
        int found = 0;
        foreach (var (letter, start, end) in _rationales)
        {
            found += CanonicalConclusionReader.Find(letter, start, end) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Description = "Tokens, marks of the whole rationale first")]
    public int Marked()
    {
        int found = 0;
        foreach (var (letter, start, end) in _rationales)
        {
            found += MarkedConclusionReader.Find(letter, start, end) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Description = "Tokens of the sentences")]
    public int Sentences()
    {
        int found = 0;
        foreach (var (letter, start, end) in _rationales)
        {
            found += ConclusionReader.Find(letter, start, end) is null ? 0 : 1;
        }

        return found;
    }

    // Where each item's rationale is, as the parse found it.
    internal static IEnumerable<(string Letter, int Start, int End)> Rationales(string letter) =>
        ImrDocument.Parse(letter).Items
            .Select(item => item.Rationale?.Text?.Span)
            .OfType<Text.TextSpan>()
            .Select(span => (letter, span.Start, span.End));
}
