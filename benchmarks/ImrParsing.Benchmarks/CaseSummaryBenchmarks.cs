using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The case summary's readers on the narratives of whole letters: read where they can start, the
/// narrative lexed only there (<see cref="NarrativeReader"/>), against the whole narrative lexed
/// and each reader over all of it (<see cref="WholeNarrativeReader"/>), as before; and the places
/// the dates' windows are lexed around, the numbers and line-end hyphens, found in one pass of
/// masks (<see cref="NarrativeReader.NumberMarks"/>) against a search restarted past every number
/// and hyphen (<see cref="RestartedSearchNumberMarks"/>), as before.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CaseSummaryBenchmarks
{
    private (string Text, int Start, int End)[] _narratives = [];
    private int[] _hyphens = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _narratives =
        [
            .. BenchmarkInputs.Texts(Input)
                .Select(text => (Text: text, Narrative: ImrDocument.Parse(text).CaseSummary?.Text?.Span))
                .Where(letter => letter.Narrative is { Length: > 0 })
                .Select(letter => (letter.Text, letter.Narrative!.Value.Start, letter.Narrative.Value.End)),
        ];
        _hyphens = new int[Math.Max(1, _narratives.Max(narrative => narrative.End - narrative.Start) / 2)];
    }

    [BenchmarkCategory("readers")]
    [Benchmark(Baseline = true, Description = "Whole narrative lexed")]
    public int Whole()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            found += WholeNarrativeReader.Read(text, start, end).Dates.Length;
        }

        return found;
    }

    [BenchmarkCategory("readers")]
    [Benchmark(Description = "Lexed where readers start")]
    public int Windows()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            found += NarrativeReader.Read(text, start, end).Dates.Length;
        }

        return found;
    }

    [BenchmarkCategory("numbers and hyphens")]
    [Benchmark(Baseline = true, Description = "A search per number and hyphen")]
    public int Restarted()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            var marks = new RestartedSearchNumberMarks(text.AsSpan(0, end), start, _hyphens);
            for (int place = marks.Next(); place >= 0; place = marks.Next())
            {
                found += place;
            }
        }

        return found;
    }

    [BenchmarkCategory("numbers and hyphens")]
    [Benchmark(Description = "One pass of masks")]
    public int Marks()
    {
        int found = 0;
        foreach (var (text, start, end) in _narratives)
        {
            var marks = new NarrativeReader.NumberMarks(text.AsSpan(0, end), start, _hyphens);
            for (int place = marks.Next(); place >= 0; place = marks.Next())
            {
                found += place;
            }
        }

        return found;
    }
}
