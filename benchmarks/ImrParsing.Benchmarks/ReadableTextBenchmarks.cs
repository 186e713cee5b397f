using BenchmarkDotNet.Attributes;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// What reading the text as the rules read it (<see cref="ReadableText"/>: hyphen look-alikes and
/// Markdown's marks) costs a parse: its one search over a plain letter, against the parse of the
/// same letters (the baseline), and the copy it makes of a letter written as Markdown.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ReadableTextBenchmarks
{
    private string[] _texts = [];
    private string[] _markdown = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.Texts(Input);
        // Each heading and starting label marked as a Markdown writer marks them.
        _markdown = [.. _texts.Select(text => string.Join('\n', text.Split('\n').Select(line =>
            line.Length > 0 && line.All(c => !char.IsLower(c)) && line.Any(char.IsLetter) ? "## " + line
            : line.Contains(':', StringComparison.Ordinal) && char.IsUpper(line[0]) ? "**" + line.Replace(":", ":**", StringComparison.Ordinal)
            : line)))];
    }

    [Benchmark(Baseline = true, Description = "ImrDocument.Parse")]
    public int Parse()
    {
        int items = 0;
        foreach (string text in _texts)
        {
            items += ImrDocument.Parse(text).Items.Length;
        }

        return items;
    }

    [Benchmark(Description = "ReadableText.Of, plain text")]
    public int Plain()
    {
        int length = 0;
        foreach (string text in _texts)
        {
            length += ReadableText.Of(text).Length;
        }

        return length;
    }

    [Benchmark(Description = "ReadableText.Of, Markdown")]
    public int Markdown()
    {
        int length = 0;
        foreach (string text in _markdown)
        {
            length += ReadableText.Of(text).Length;
        }

        return length;
    }
}
