using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The section lists of whole letters' guideline citations (the text after each "Section(s): ", up
/// to where the citation's part ends): <see cref="SectionListReader"/> against the Pidgin rules it
/// replaced (<see cref="PidginSectionList"/>), with the default forms' part end, on the same texts.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SectionListBenchmarks
{
    private static readonly Parser<char, ImmutableArray<OffsetRange>> Rules = PidginSectionList.Unnumbered(PidginCitationRules.Default.Parts.PartEnd);

    private static readonly Parser<char, ImmutableArray<OffsetRange>> Reader = new SectionListReader(PidginCitationRules.Default.Parts.PartEnd);

    private string[] _lists = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _lists = [.. GuidelineReaderBenchmarks.GuidelineTexts(Input).SelectMany(ListsIn)];

    [Benchmark(Baseline = true, Description = "Pidgin rules")]
    public int Pidgin() => Sections(Rules);

    [Benchmark(Description = "One-pass reader")]
    public int OnePass() => Sections(Reader);

    private int Sections(Parser<char, ImmutableArray<OffsetRange>> list)
    {
        int sections = 0;
        foreach (string text in _lists)
        {
            sections += list.TryMatch(text, out var read) ? read.Length : 0;
        }

        return sections;
    }

    // The text after each "Section(s): ": the list runs from there to where the part ends.
    private static IEnumerable<string> ListsIn(string text)
    {
        const string Lead = "Section(s): ";
        for (int at = text.IndexOf(Lead, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Lead, at + 1, StringComparison.Ordinal))
        {
            yield return text[(at + Lead.Length)..];
        }
    }
}
