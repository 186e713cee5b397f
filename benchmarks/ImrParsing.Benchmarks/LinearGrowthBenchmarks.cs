using BenchmarkDotNet.Attributes;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// Cost grows linearly with the number of items: the parse of a constructed letter with 10, 100
/// and 1,000 items (<see cref="SyntheticLetter"/>). Read the MB/s column: it stays flat when time
/// is proportional to size.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ItemGrowthBenchmarks
{
    private string _text = "";

    public static IEnumerable<string> Inputs => [BenchmarkInputs.LetterWithItems(10), BenchmarkInputs.LetterWithItems(100), BenchmarkInputs.LetterWithItems(1_000)];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = BenchmarkInputs.Texts(Input)[0];

    [Benchmark(Description = "ImrDocument.Parse")]
    public int Parse() => ImrDocument.Parse(_text).Items.Length;
}

/// <summary>
/// The tokenizer's cost grows linearly with the text: the corpus concatenated to 5 and 50 MB,
/// beside the floor on the same text. Read the MB/s column.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerGrowthBenchmarks
{
    private string _text = "";

    public static IEnumerable<string> Inputs => [BenchmarkInputs.Concatenation(5), BenchmarkInputs.Concatenation(50)];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = BenchmarkInputs.Texts(Input)[0];

    [Benchmark(Baseline = true, Description = "Floor: Count('\\n')")]
    public int CountLineFeeds() => _text.AsSpan().Count('\n');

    [Benchmark(Description = "Tokenize")]
    public int Tokenize()
    {
        using var tokens = LineTokenizer.Tokenize(_text, ImrParser.Default.Classifier);
        return tokens.Count;
    }
}
