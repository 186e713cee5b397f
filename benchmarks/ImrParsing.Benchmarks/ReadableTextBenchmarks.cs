using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// What reading the text as the rules read it (<see cref="ReadableText"/>: hyphen look-alikes and
/// Markdown's marks) costs a parse: its one search over a plain letter, against the parse of the
/// same letters (the baseline), the copy it makes of a letter written as Markdown, and a letter as
/// pypdf gives it (a space beside a hyphen inside a word, which it moves), read and parsed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public partial class ReadableTextBenchmarks
{
    private string[] _texts = [];
    private string[] _markdown = [];
    private string[] _kerned = [];

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
        // The first hyphen of each word between two letters or digits with a space before or after it, in turn.
        int next = 0;
        _kerned = [.. _texts.Select(text => KernedHyphen().Replace(text, _ => next++ % 2 == 0 ? " -" : "- "))];
    }

    [GeneratedRegex(@"(?<=(?<![^\s])[^\s-]*[A-Za-z0-9])-(?=[A-Za-z0-9])(?!(?:and|or|nor|to|through|versus|vs)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KernedHyphen();

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

    [Benchmark(Description = "ReadableText.Of, pypdf's kerning")]
    public int Kerned()
    {
        int length = 0;
        foreach (string text in _kerned)
        {
            length += ReadableText.Of(text, out _).Length;
        }

        return length;
    }

    [Benchmark(Description = "ImrDocument.Parse, pypdf's kerning")]
    public int ParseKerned()
    {
        int items = 0;
        foreach (string text in _kerned)
        {
            items += ImrDocument.Parse(text).Items.Length;
        }

        return items;
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
