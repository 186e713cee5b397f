using BenchmarkDotNet.Attributes;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The rules of the older layouts' numbered decisions and prose credentials on whole letters: the
/// Pidgin rules (<see cref="PidginDecisionRules"/>) against the hand-written readers that replaced
/// them, on the same texts. Each line is asked whether it starts with an item number (as the
/// decisions section asks of its lines); each line that mentions a verdict is read as a decision
/// sentence, an issue and a request; each "Board Certified in" statement as credentials with its list of states.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class DecisionRuleBenchmarks
{
    private string[] _texts = [];

    private (string Text, int Start, int End)[] _lines = [];

    private (string Text, int Start, int End)[] _statements = [];

    // The list items are read into, kept as the parse keeps one per thread.
    private readonly List<(int Start, int End)> _items = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.Texts(Input);
        _lines = [.. _texts.SelectMany(text => LinesOf(text).Select(line => (text, line.Start, line.End)))];
        _statements = [.. _texts.SelectMany(text => LinesOf(text)
            .Select(line => (line.Start, At: text.IndexOf("Board Certified in", line.Start, line.End - line.Start, StringComparison.Ordinal)))
            .Where(line => line.At >= 0)
            .Select(line => (text, line.At, text.Length)))];
    }

    [Benchmark(Baseline = true, Description = "Pidgin rules")]
    public int Pidgin()
    {
        int read = 0;
        var rules = PidginDecisionRules.Default;
        foreach (var (text, start, end) in _lines)
        {
            var line = text.AsSpan(start, end - start);
            read += NumberedDecisionGrammar.Number.TryMatch(text.AsSpan(start), out _) ? 1 : 0;
            if (VerdictGrammar.Default.Mentions(line))
            {
                read += rules.Sentence.TryMatch(line, out var sentence) ? sentence.Verdict.End : 0;
                read += rules.IssueHead.TryMatch(line, out var head) ? head.End : 0;
                read += PidginDecisionRules.Request.TryMatch(line, out var request) ? request.Start : 0;
            }
        }

        foreach (var (text, start, end) in _statements)
        {
            if (PidginDecisionRules.Credentials.TryMatch(text.AsSpan(start, end - start), out var prose))
            {
                read += PidginDecisionRules.CommaOrAndSeparated.TryMatch(text.AsSpan(start + prose.States.Start, prose.States.Length), out var states) ? states.Length : 0;
            }
        }

        return read;
    }

    [Benchmark(Description = "Hand-written readers")]
    public int Readers()
    {
        int read = 0;
        var grammar = VerdictGrammar.Default;
        foreach (var (text, start, end) in _lines)
        {
            read += NumberedDecisionGrammar.NumberLength(text.AsSpan(start)) > 0 ? 1 : 0;
            if (grammar.Mentions(text.AsSpan(start, end - start)))
            {
                read += grammar.Sentence(text, start, end) is { } sentence ? sentence.VerdictEnd - start : 0;
                read += grammar.IssueHeadEnd(text, start, end) is int head and >= 0 ? head - start : 0;
                read += NumberedDecisionGrammar.RequestStart(text, start, end) - start;
            }
        }

        foreach (var (text, start, end) in _statements)
        {
            if (CredentialsGrammar.Read(text, start, end) is { } prose)
            {
                read += ListGrammar.Items(text, prose.States.Start, prose.States.End, and: true, _items).Count;
                _items.Clear();
            }
        }

        return read;
    }

    private static IEnumerable<(int Start, int End)> LinesOf(string text)
    {
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            yield return (start, end);
            start = end + 1;
        }
    }
}
