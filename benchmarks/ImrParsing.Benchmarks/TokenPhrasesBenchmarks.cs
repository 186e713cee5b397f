using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The phrase lookups a request's classifiers make at each of its tokens (the default service
/// phrases, then the body regions' and sides'), on the source's tokens of whole letters' requests:
/// <see cref="TokenPhrases{T}"/>, which tells most tokens apart by their length and first two
/// characters before it hashes them (<see cref="WordStarts"/>), against the lookup that hashed
/// every token (<see cref="BaselineTokenPhrases{T}"/>), and against the lookup that told them apart
/// and then asked the frozen dictionary (<see cref="DictionaryTokenPhrases{T}"/>), where it now hashes
/// a token of ASCII characters in a table of its own.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenPhrasesBenchmarks
{
    private static readonly (string Phrase, int Value)[] ServicePhrases =
        [.. ServiceClassifier.Default.Rules.SelectMany((rule, index) => rule.Phrases.Select(phrase => (phrase, index)))];

    private static readonly (string Phrase, int Value)[] RegionPhrases =
    [
        .. BodyRegionClassifier.Default.Sides.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, 0)))
            .Concat(BodyRegionClassifier.Default.Regions.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, 1)))),
    ];

    private static readonly TokenPhrases<int> Services = new(ServicePhrases);
    private static readonly TokenPhrases<int> Regions = new(RegionPhrases);
    private static readonly BaselineTokenPhrases<int> BaselineServices = new(ServicePhrases);
    private static readonly BaselineTokenPhrases<int> BaselineRegions = new(RegionPhrases);
    private static readonly DictionaryTokenPhrases<int> DictionaryServices = new(ServicePhrases);
    private static readonly DictionaryTokenPhrases<int> DictionaryRegions = new(RegionPhrases);

    private (string Letter, TokenList Tokens)[] _requests = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _requests = [.. BenchmarkInputs.Texts(Input).SelectMany(Requests)];

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (_, tokens) in _requests)
        {
            tokens.Dispose();
        }
    }

    [Benchmark(Baseline = true, Description = "Every token hashed")]
    public int Hashed()
    {
        int found = 0;
        foreach (var (letter, tokens) in _requests)
        {
            for (int i = 0; i < tokens.Count; i++)
            {
                found += BaselineServices.MatchesAt(letter, tokens, i).MoveNext() ? 1 : 0;
                found += BaselineRegions.MatchesAt(letter, tokens, i).MoveNext() ? 1 : 0;
            }
        }

        return found;
    }

    [Benchmark(Description = "Told apart, then the dictionary")]
    public int Dictionary()
    {
        int found = 0;
        foreach (var (letter, tokens) in _requests)
        {
            for (int i = 0; i < tokens.Count; i++)
            {
                found += DictionaryServices.MatchesAt(letter, tokens, i).MoveNext() ? 1 : 0;
                found += DictionaryRegions.MatchesAt(letter, tokens, i).MoveNext() ? 1 : 0;
            }
        }

        return found;
    }

    [Benchmark(Description = "Told apart first")]
    public int Filtered()
    {
        int found = 0;
        foreach (var (letter, tokens) in _requests)
        {
            for (int i = 0; i < tokens.Count; i++)
            {
                found += Services.MatchesAt(letter, tokens, i).MoveNext() ? 1 : 0;
                found += Regions.MatchesAt(letter, tokens, i).MoveNext() ? 1 : 0;
            }
        }

        return found;
    }

    /// <summary>The source's tokens of each item's request, as the parse found it.</summary>
    internal static IEnumerable<(string Letter, TokenList Tokens)> Requests(string letter) =>
        ImrDocument.Parse(letter).Items
            .Select(item => item.Request?.Span)
            .OfType<Text.TextSpan>()
            .Select(span => (letter, WordLexer.Lex(letter, span.Start, span.End)));
}
