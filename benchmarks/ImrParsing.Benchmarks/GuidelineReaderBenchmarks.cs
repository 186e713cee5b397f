using BenchmarkDotNet.Attributes;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The guideline statements and citations of whole letters alone: the statements grammar
/// (<see cref="CitationRules.Statements"/>) on the canonical text of every item's guidelines, the
/// 32% of a parse that a token reader of the citations is to replace (its baseline, issue 12),
/// against the one-pass reader of the default forms (<see cref="MtusStatementReader"/>) that does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GuidelineReaderBenchmarks
{
    private string[] _texts = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _texts = GuidelineTexts(Input);

    /// <summary>The canonical text of every item's guidelines in an input's letters.</summary>
    public static string[] GuidelineTexts(string input) =>
    [
        .. BenchmarkInputs.Texts(input).SelectMany(letter => ImrDocument.Parse(letter).Items
            .SelectMany(item => new[] { item.ClaimsAdministratorGuideline, item.MaximusGuideline })
            .Select(guideline => guideline?.Text?.Span)
            .OfType<TextSpan>()
            .Select(span => CanonicalText.Of(letter, span.Start, span.End).Value)),
    ];

    [Benchmark(Baseline = true, Description = "Pidgin grammar")]
    public int Grammar()
    {
        int statements = 0;
        foreach (string text in _texts)
        {
            statements += CitationRules.Default.Statements.TryMatch(text, out var read) ? read.Length : 0;
        }

        return statements;
    }

    [Benchmark(Description = "One-pass reader")]
    public int Reader()
    {
        int statements = 0;
        foreach (string text in _texts)
        {
            statements += MtusStatementReader.Read(text).Length;
        }

        return statements;
    }
}
