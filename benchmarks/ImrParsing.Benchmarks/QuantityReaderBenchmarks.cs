using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The request's quantities read on the source's tokens (<see cref="QuantityReader"/>) against
/// their reading over the spelled text it replaced (<see cref="SpelledQuantityReader"/>), on the
/// corpus's requests, for a medication and not: the readers alone on requests lexed and spelled
/// once, and each with the text it needs made per request (a lex; a lex and the spelled text);
/// and the phrase lists tried only where a place's first characters admit a phrase, against every
/// phrase matched from its place (<see cref="EveryPhraseQuantityReader"/>), on requests lexed once.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class QuantityReaderBenchmarks
{
    private string[] _requests = [];
    private SpelledRequestText[] _spelled = [];
    private RequestText[] _lexed = [];

    [Params(BenchmarkInputs.Corpus)]
    public string Input { get; set; } = BenchmarkInputs.Corpus;

    [GlobalSetup]
    public void Setup()
    {
        _requests = BenchmarkInputs.Requests(Input);
        _spelled = [.. _requests.Select(request => new SpelledRequestText(request, 0, request.Length))];
        _lexed = [.. _requests.Select(request => new RequestText(request, 0, request.Length))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var text in _spelled)
        {
            text.Dispose();
        }

        foreach (var text in _lexed)
        {
            text.Dispose();
        }
    }

    [BenchmarkCategory("phrase lists")]
    [Benchmark(Baseline = true, Description = "Every phrase (reference)")]
    public int EveryPhrase()
    {
        int found = 0;
        foreach (var text in _lexed)
        {
            found += EveryPhraseQuantityReader.Read(text, false, []).Length + EveryPhraseQuantityReader.Read(text, true, []).Length;
        }

        return found;
    }

    [BenchmarkCategory("phrase lists")]
    [Benchmark(Description = "Phrases a place admits")]
    public int PhraseStarts()
    {
        int found = 0;
        foreach (var text in _lexed)
        {
            found += QuantityReader.Read(text, false, []).Length + QuantityReader.Read(text, true, []).Length;
        }

        return found;
    }

    [BenchmarkCategory("readers")]
    [Benchmark(Baseline = true, Description = "Spelled text (reference)")]
    public int Spelled()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            found += SpelledQuantityReader.Read(text, false, []).Length + SpelledQuantityReader.Read(text, true, []).Length;
        }

        return found;
    }

    [BenchmarkCategory("readers")]
    [Benchmark(Description = "Tokens")]
    public int Tokens()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            found += QuantityReader.Read(text, false, []).Length + QuantityReader.Read(text, true, []).Length;
        }

        return found;
    }

    [BenchmarkCategory("with the text")]
    [Benchmark(Baseline = true, Description = "Lex, spell, read (reference)")]
    public int SpelledWithText()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            using var text = new SpelledRequestText(request, 0, request.Length);
            found += SpelledQuantityReader.Read(text, false, []).Length;
        }

        return found;
    }

    [BenchmarkCategory("with the text")]
    [Benchmark(Description = "Lex, read")]
    public int TokensWithText()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            using var text = new RequestText(request, 0, request.Length);
            found += QuantityReader.Read(text, false, []).Length;
        }

        return found;
    }
}
