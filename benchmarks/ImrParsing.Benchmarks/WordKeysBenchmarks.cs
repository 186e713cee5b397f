using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The vocabulary key of every word of whole letters, as the word lexer asks for it: the first
/// three characters tested first (<see cref="WordKeys.Of"/>) against the dictionary looked up for
/// every word of a vocabulary word's length and first letter (<see cref="DictionaryWordKeys"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class WordKeysBenchmarks
{
    private (string Text, int Start, int Length)[] _words = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _words = [.. BenchmarkInputs.Texts(Input).SelectMany(Words)];

    [Benchmark(Baseline = true, Description = "WordKeys.Of (before: the dictionary)")]
    public int Dictionary()
    {
        int keys = 0;
        foreach (var (text, start, length) in _words)
        {
            keys += DictionaryWordKeys.Of(text.AsSpan(start, length));
        }

        return keys;
    }

    [Benchmark(Description = "WordKeys.Of")]
    public int Keys()
    {
        int keys = 0;
        foreach (var (text, start, length) in _words)
        {
            keys += WordKeys.Of(text.AsSpan(start, length));
        }

        return keys;
    }

    private static IEnumerable<(string Text, int Start, int Length)> Words(string text)
    {
        using var tokens = WordLexer.Lex(text);
        return [.. tokens.Tokens.ToArray().Where(token => token.Kind == TokenKind.Word).Select(token => (text, token.Start, token.Length))];
    }
}
