using BenchmarkDotNet.Attributes;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The details of whole letters' Non-MTUS citations (chapter, pages, name, year, ODG chapter,
/// update date, topics): <see cref="NonMtusDetailsReader"/> on one lex of each citation's source
/// against the Pidgin grammars it replaced (<see cref="PidginNonMtusDetails"/>) over the canonical
/// text, on the same citations, each built into a <see cref="GuidelineCitation"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class NonMtusDetailsBenchmarks
{
    private Citation[] _citations = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _citations = [.. Citations(Input)];

    [Benchmark(Baseline = true, Description = "Pidgin grammars")]
    public int Grammars()
    {
        int read = 0;
        foreach (var citation in _citations)
        {
            read += PidginNonMtusDetails.Read(citation.Context, citation.Canonical, citation.Syntax)?.Sections.Length ?? 0;
        }

        return read;
    }

    [Benchmark(Description = "Token reader")]
    public int Tokens()
    {
        int read = 0;
        foreach (var citation in _citations)
        {
            read += NonMtusDetailsReader.Read(citation.Context, citation.Text).Sections.Length;
        }

        return read;
    }

    /// <summary>Every Non-MTUS citation of an input's letters, as the statements grammar reads it from each item's guidelines.</summary>
    internal static IEnumerable<Citation> Citations(string input)
    {
        foreach (string letter in BenchmarkInputs.Texts(input))
        {
            var context = new SourceReaderContext(letter);
            var guidelines = ImrDocument.Parse(letter).Items
                .SelectMany(item => new[] { item.ClaimsAdministratorGuideline, item.MaximusGuideline })
                .Select(guideline => guideline?.Text?.Span)
                .OfType<TextSpan>();
            foreach (var span in guidelines)
            {
                var canonical = CanonicalText.Of(letter, span.Start, span.End);
                _ = canonical.Value;
                if (!PidginCitationRules.Default.Statements.TryMatch(canonical.Span, out var statements))
                {
                    continue;
                }

                var values = new CanonicalValues(context, canonical);
                foreach (var syntax in statements.SelectMany(statement => statement.Citations).Where(syntax => !syntax.Mtus))
                {
                    if (values.Value(syntax.Range) is { } text)
                    {
                        yield return new Citation(context, canonical, syntax, text);
                    }
                }
            }
        }
    }

    /// <summary>A Non-MTUS citation: its letter, the canonical text of its guidelines, what the statements grammar read and its free text.</summary>
    internal sealed record Citation(SourceReaderContext Context, CanonicalText Canonical, PidginCitationSyntax Syntax, TextValue Text);
}
