using BenchmarkDotNet.Attributes;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The guideline parts of whole letters read into their flags and citations (values and spans
/// included): the character rules of the default forms over the canonical text
/// (<see cref="PidginCitationRules.Statements"/>, whose statements <see cref="PidginGuidelineReader"/>
/// turns into citations), the baseline, against the one-pass reader that the default parser runs
/// (<see cref="MtusStatementReader"/>, over the source's tokens), the same reader running the default
/// forms' token grammars as a parser with its own forms does (<see cref="MtusCitationForms"/>), and
/// the reader over the canonical text that came before it (<see cref="CanonicalMtusStatementReader"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GuidelineReaderBenchmarks
{
    private static readonly CitationRules TokenGrammars = new(MtusCitationForms.All, onePass: false);

    private (SourceReaderContext Context, Guideline Guideline)[] _byReader = [];
    private (SourceReaderContext Context, Guideline Guideline)[] _byGrammars = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _byReader = Guidelines(Input, CitationRules.Default);
        _byGrammars = Guidelines(Input, TokenGrammars);
    }

    /// <summary>Every item's guideline parts in an input's letters, each with a reader's view of its letter.</summary>
    private static (SourceReaderContext Context, Guideline Guideline)[] Guidelines(string input, CitationRules rules) =>
    [
        .. BenchmarkInputs.Texts(input).SelectMany(letter =>
        {
            var context = new SourceReaderContext(letter, rules);
            return ImrDocument.Parse(letter).Items
                .SelectMany(item => new[] { item.ClaimsAdministratorGuideline, item.MaximusGuideline })
                .OfType<Guideline>()
                .Where(guideline => guideline.Text is not null)
                .Select(guideline => (context, guideline with { Citations = [] }));
        }),
    ];

    [Benchmark(Baseline = true, Description = "Pidgin rules")]
    public int ByRules()
    {
        int citations = 0;
        foreach (var (context, guideline) in _byReader)
        {
            citations += PidginGuidelineReader.Read(context, PidginCitationRules.Default, guideline, 1, "Maximus").Citations.Length;
        }

        return citations;
    }

    [Benchmark(Description = "One-pass reader")]
    public int ByReader() => Read(_byReader);

    [Benchmark(Description = "One-pass reader, token grammars")]
    public int ByTokenGrammars() => Read(_byGrammars);

    [Benchmark(Description = "One-pass reader, canonical text")]
    public int ByCanonicalReader()
    {
        int citations = 0;
        foreach (var (context, guideline) in _byReader)
        {
            var span = guideline.Text!.Span;
            using var canonical = CanonicalText.Of(context.Text, span.Start, span.End);
            citations += CanonicalMtusStatementReader.Read(new CanonicalValues(context, canonical), guideline, 1, "Maximus").Citations.Length;
        }

        return citations;
    }

    /// <summary>The canonical text of every item's guidelines in an input's letters.</summary>
    public static string[] GuidelineTexts(string input) =>
    [
        .. BenchmarkInputs.Texts(input).SelectMany(letter => ImrDocument.Parse(letter).Items
            .SelectMany(item => new[] { item.ClaimsAdministratorGuideline, item.MaximusGuideline })
            .Select(guideline => guideline?.Text?.Span)
            .OfType<TextSpan>()
            .Select(span => CanonicalText.Of(letter, span.Start, span.End).Value)),
    ];

    private static int Read((SourceReaderContext Context, Guideline Guideline)[] guidelines)
    {
        int citations = 0;
        foreach (var (context, guideline) in guidelines)
        {
            citations += GuidelineReader.Read(context, guideline, 1, "Maximus").Citations.Length;
        }

        return citations;
    }
}
