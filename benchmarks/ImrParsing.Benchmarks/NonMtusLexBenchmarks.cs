using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;
using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The Non-MTUS citations of whole letters read by <see cref="NonMtusDetailsReader"/> as the
/// statement reader hands them over: each free text lexed again on its own (the reader before) or
/// read from a slice of its statement's lex, lexed once beforehand as the statement reader has it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class NonMtusLexBenchmarks
{
    private readonly List<TokenList> _lexes = [];
    private Citation[] _citations = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        var citations = new List<Citation>();
        foreach (string letter in BenchmarkInputs.Texts(Input))
        {
            var context = new SourceReaderContext(letter);
            var guidelines = ImrDocument.Parse(letter).Items
                .SelectMany(item => new[] { item.ClaimsAdministratorGuideline, item.MaximusGuideline })
                .Select(guideline => guideline?.Text)
                .OfType<TextValue>();
            foreach (var text in guidelines)
            {
                var lex = WordLexer.Lex(letter, text.Span.Start, text.Span.End);
                _lexes.Add(lex);
                foreach (var citation in MtusStatementReader.Read(context, text, text.Span, 1, "Maximus").Citations.Where(citation => !citation.Mtus))
                {
                    var tokens = lex.Tokens.ToArray();
                    int first = Array.FindIndex(tokens, token => token.Start == citation.Text.Span.Start);
                    int last = Array.FindIndex(tokens, token => token.End == citation.Text.Span.End);
                    if (first >= 0 && last >= first)
                    {
                        citations.Add(new Citation(context, citation.Text, lex, first, last - first + 1));
                    }
                }
            }
        }

        _citations = [.. citations];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lexes.ForEach(lex => lex.Dispose());
        _lexes.Clear();
    }

    [Benchmark(Baseline = true, Description = "Lexed again alone")]
    public int LexedAlone()
    {
        int read = 0;
        foreach (var citation in _citations)
        {
            read += NonMtusDetailsReader.Read(citation.Context, citation.Text).Sections.Length;
        }

        return read;
    }

    [Benchmark(Description = "Statement's lex sliced")]
    public int Sliced()
    {
        int read = 0;
        foreach (var citation in _citations)
        {
            var tokens = new LexedText(citation.Context.Text, citation.Lex).Slice(citation.First, citation.Count);
            read += NonMtusDetailsReader.Read(citation.Context, citation.Text, tokens).Sections.Length;
        }

        return read;
    }

    /// <summary>A Non-MTUS citation: its letter, its free text, and its tokens in its statement's lex.</summary>
    private sealed record Citation(SourceReaderContext Context, TextValue Text, TokenList Lex, int First, int Count);
}
