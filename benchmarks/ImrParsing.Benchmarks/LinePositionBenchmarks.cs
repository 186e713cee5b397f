using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The line and column of every word's start in a letter, in order (values are made mostly in
/// order): <see cref="LineTokens.GetLinePosition"/>, which tries the line of its last lookup and the
/// two after it first, against a binary search for each (<see cref="SearchedLinePositions"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class LinePositionBenchmarks
{
    private (LineTokens Tokens, int[] Offsets)[] _letters = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _letters = [.. BenchmarkInputs.Texts(Input).Select(text => (LineTokenizer.Tokenize(text, ImrParser.Default.Classifier), Starts(text)))];

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (tokens, _) in _letters)
        {
            tokens.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "Binary search")]
    public int Searched()
    {
        int sum = 0;
        foreach (var (tokens, offsets) in _letters)
        {
            foreach (int offset in offsets)
            {
                sum += SearchedLinePositions.Of(tokens, offset).Line;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Cursor")]
    public int Cursor()
    {
        int sum = 0;
        foreach (var (tokens, offsets) in _letters)
        {
            foreach (int offset in offsets)
            {
                sum += tokens.GetLinePosition(offset).Line;
            }
        }

        return sum;
    }

    private static int[] Starts(string text)
    {
        using var tokens = WordLexer.Lex(text);
        return [.. tokens.Tokens.ToArray().Where(token => token.Kind != TokenKind.Punctuation).Select(token => token.Start)];
    }
}
