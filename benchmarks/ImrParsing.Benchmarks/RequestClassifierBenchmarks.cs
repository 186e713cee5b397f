using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The service and body-region classification of the requests of whole letters, in canonical
/// form: the word lexer and the token classifiers (<see cref="ServiceClassifier"/>,
/// <see cref="BodyRegionClassifier"/>) against the character classifiers they replaced
/// (<see cref="CharPhraseClassifiers"/>), and the whole <see cref="RequestReader"/> beside them.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class RequestClassifierBenchmarks
{
    private static readonly CharPhraseClassifiers Characters = new(ServiceClassifier.Default.Rules, BodyRegionClassifier.Default);

    private string[] _requests = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() =>
        _requests = [.. BenchmarkInputs.Texts(Input)
            .SelectMany(text => ImrDocument.Parse(text).Items)
            .Select(item => item.Request?.Value)
            .OfType<string>()];

    [Benchmark(Baseline = true, Description = "Character classifiers")]
    public int Character()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            found += (Characters.Classify(request) is null ? 0 : 1) + Characters.Read(request).Regions.Count;
        }

        return found;
    }

    [Benchmark(Description = "Token classifiers")]
    public int Token()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            using var tokens = WordLexer.Lex(request);
            found += (ServiceClassifier.Default.Classify(request, tokens.Tokens) is null ? 0 : 1)
                + BodyRegionClassifier.Default.Read(request, tokens.Tokens).Regions.Count;
        }

        return found;
    }

    [Benchmark(Description = "RequestReader.Read")]
    public int Reader()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            found += RequestReader.Default.Read(request).BodyRegions.Length;
        }

        return found;
    }
}
