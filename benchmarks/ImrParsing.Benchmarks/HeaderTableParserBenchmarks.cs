using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImrParsing.Parsers;
using ImrParsing.Sections;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The header tables of whole letters, read as a parse reads them (the lines before the first
/// heading): <see cref="HeaderTableParser"/>, each value's kinds and date read once and its pairs
/// kept by token, over <see cref="HeaderTableGrammar"/>, which steps over spaces and words a
/// character at a time, against <see cref="DictionaryHeaderTableParser"/> over
/// <see cref="SearchedHeaderTableGrammar"/>, as before; and the two grammars alone.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class HeaderTableParserBenchmarks
{
    private static readonly SearchedHeaderTableGrammar SearchedGrammar = new(HeaderGrammar.Labels);

    private PreambleContext[] _preambles = [];
    private (string Text, int Start, int End)[] _tables = [];
    private HeaderToken[] _tokens = new HeaderToken[64];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _preambles = [.. BenchmarkInputs.Texts(Input).Select(PreambleContext.Of).Where(preamble => !preamble.Context.Lines.IsEmpty)];
        _tables = [.. _preambles.Select(preamble => (preamble.Context.Text, preamble.Context.Lines[0].ContentStart, preamble.Context.Lines[^1].ContentEnd))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var preamble in _preambles)
        {
            preamble.Dispose();
        }
    }

    [BenchmarkCategory("parser")]
    [Benchmark(Baseline = true, Description = "Dictionary parser")]
    public int Dictionary()
    {
        int read = 0;
        foreach (var preamble in _preambles)
        {
            read += DictionaryHeaderTableParser.Parse(preamble.Context, SearchedGrammar) is null ? 0 : 1;
            preamble.Reset();
        }

        return read;
    }

    [BenchmarkCategory("parser")]
    [Benchmark(Description = "Facts read once")]
    public int FactsOnce()
    {
        int read = 0;
        foreach (var preamble in _preambles)
        {
            read += HeaderTableParser.Parse(preamble.Context) is null ? 0 : 1;
            preamble.Reset();
        }

        return read;
    }

    [BenchmarkCategory("grammar")]
    [Benchmark(Baseline = true, Description = "Spaces searched")]
    public int Searched()
    {
        int tokens = 0;
        foreach (var (text, start, end) in _tables)
        {
            tokens += SearchedGrammar.Read(text, start, end, ref _tokens);
        }

        return tokens;
    }

    [BenchmarkCategory("grammar")]
    [Benchmark(Description = "A character at a time")]
    public int CharacterAtATime()
    {
        int tokens = 0;
        foreach (var (text, start, end) in _tables)
        {
            tokens += HeaderTableGrammar.Default.Read(text, start, end, ref _tokens);
        }

        return tokens;
    }
}
