using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The requests of whole letters read where the letter holds them: <see cref="RequestReader"/>,
/// whose service, region, date-of-service and retrospective phrases share one look-up per token,
/// against <see cref="SeparateLookupsRequestReader"/>, which looks every token up once per rule;
/// and what each token of those requests can start, for the quantities: one look-up of its letters
/// (<see cref="QuantityReader.LeadOf"/>) against two (<see cref="TwoLookupQuantityLeads"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RequestPhrasesBenchmarks
{
    private (SourceReaderContext Context, TextValue Request)[] _requests = [];

    // The requests lexed once, for the leads alone.
    private RequestText[] _lexed = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _requests = [.. BenchmarkInputs.Texts(Input).SelectMany(text =>
        {
            var context = new SourceReaderContext(text);
            return ImrDocument.Parse(text).Items.Select(item => item.Request).OfType<TextValue>().Select(request => (context, request));
        })];
        _lexed = [.. _requests.Select(pair => new RequestText(pair.Context.Text, pair.Request.Span.Start, pair.Request.Span.End))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var request in _lexed)
        {
            request.Dispose();
        }
    }

    [BenchmarkCategory("reader")]
    [Benchmark(Baseline = true, Description = "A look-up per rule")]
    public int PerRule()
    {
        int found = 0;
        foreach (var (context, request) in _requests)
        {
            found += SeparateLookupsRequestReader.Default.Read(context, request).BodyRegions.Length;
        }

        return found;
    }

    [BenchmarkCategory("reader")]
    [Benchmark(Description = "One look-up per token")]
    public int Shared()
    {
        int found = 0;
        foreach (var (context, request) in _requests)
        {
            found += RequestReader.Default.Read(context, request).BodyRegions.Length;
        }

        return found;
    }

    [BenchmarkCategory("leads")]
    [Benchmark(Baseline = true, Description = "Leads, two look-ups")]
    public int TwoLookupLeads()
    {
        int found = 0;
        foreach (var request in _lexed)
        {
            var words = request.Words;
            for (int index = 0; index < words.Count; index++)
            {
                found += (int)TwoLookupQuantityLeads.LeadOf(words, index);
            }
        }

        return found;
    }

    [BenchmarkCategory("leads")]
    [Benchmark(Description = "Leads, one look-up")]
    public int OneLookupLeads()
    {
        int found = 0;
        foreach (var request in _lexed)
        {
            var words = request.Words;
            for (int index = 0; index < words.Count; index++)
            {
                found += (int)QuantityReader.LeadOf(words, index);
            }
        }

        return found;
    }
}
