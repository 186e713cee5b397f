using BenchmarkDotNet.Attributes;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Sections;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The decisions sections' bodies of whole letters, their item heads marked: the walk over the
/// lines' kinds (<see cref="ItemGrammar.Read"/>) against the Pidgin grammar over lines it replaced
/// (<see cref="PidginItemGrammar"/>), on the same lines.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DecisionsBodyBenchmarks
{
    private Line[][] _bodies = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() => _bodies = [.. BenchmarkInputs.Texts(Input).SelectMany(Bodies)];

    [Benchmark(Baseline = true, Description = "Pidgin grammar over lines")]
    public int Pidgin()
    {
        int items = 0;
        foreach (var body in _bodies)
        {
            items += PidginItemGrammar.Body.Parse(body.AsSpan(), ScratchConfiguration.For<Line>()).Value.Items.Length;
        }

        return items;
    }

    [Benchmark(Description = "One walk over the kinds")]
    public int Walk()
    {
        int items = 0;
        foreach (var body in _bodies)
        {
            items += ItemGrammar.Read(body)!.Items.Length;
        }

        return items;
    }

    // The lines under each decisions heading of a letter, up to the next heading, with their heads marked.
    private static IEnumerable<Line[]> Bodies(string text)
    {
        var parser = ImrParser.Default;
        using var tokens = LineTokenizer.Tokenize(text, parser.Classifier);
        var lines = tokens.Lines.ToArray();
        var bodies = new List<Line[]>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Kind != LineKind.Heading || parser.SectionForHeading(lines[i].Rule) is not DecisionsSectionParser)
            {
                continue;
            }

            int start = i + 1;
            while (start < lines.Length && lines[start].Kind == LineKind.HeadingContinuation)
            {
                start++;
            }

            int end = start;
            while (end < lines.Length && lines[end].Kind is not (LineKind.Heading or LineKind.HeadingContinuation))
            {
                end++;
            }

            var body = lines[start..end];
            ItemHeads.Mark(text, body, rule => DecisionsSectionParser.ItemParts.IndexOf(parser.LineRules[rule]));
            bodies.Add(body);
        }

        return bodies;
    }
}
