using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The header tables of whole letters: <see cref="HeaderTableGrammar.Read"/> against the Pidgin
/// rule it replaced (<see cref="PidginHeaderTable"/>), on the same texts.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class HeaderTableBenchmarks
{
    private static readonly Parser<char, ImmutableArray<HeaderToken>> Rule = PidginHeaderTable.Of(HeaderGrammar.Labels);

    private string[] _tables = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _tables = [.. BenchmarkInputs.Texts(Input).Select(TableOf).OfType<string>()];

    [Benchmark(Baseline = true, Description = "Pidgin rule")]
    public int Pidgin()
    {
        int tokens = 0;
        foreach (string table in _tables)
        {
            tokens += Rule.TryMatch(table, out var read) ? read.Length : 0;
        }

        return tokens;
    }

    [Benchmark(Description = "One-pass reader")]
    public int OnePass()
    {
        int tokens = 0;
        foreach (string table in _tables)
        {
            tokens += HeaderTableGrammar.Default.Read(table, 0, table.Length).Length;
        }

        return tokens;
    }

    // The text of a letter's header table, as the parse found it.
    internal static string? TableOf(string letter) =>
        ImrDocument.Parse(letter).Header?.Span is { } span ? letter[span.Start..span.End] : null;
}
