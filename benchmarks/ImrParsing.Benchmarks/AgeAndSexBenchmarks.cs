using BenchmarkDotNet.Attributes;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The age-and-sex rule ("48 year old male") at every place of the letters' narratives where the
/// case summary tries it (a number of up to three digits with "year" just after): read by hand
/// (<see cref="AgeAndSexReader.AgeThenSexAt"/>) against the Pidgin rule it replaced
/// (<see cref="PidginPatientGrammar.AgeThenSex"/>, run in place).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class AgeAndSexBenchmarks
{
    private (string Text, int[] Places)[] _narratives = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup() =>
        _narratives =
        [
            .. BenchmarkInputs.Texts(Input)
                .Select(text => (Text: text, Narrative: ImrDocument.Parse(text).CaseSummary?.Text?.Span))
                .Where(letter => letter.Narrative is { Length: > 0 })
                .Select(letter => (letter.Text[..letter.Narrative!.Value.End], Places(letter.Text, letter.Narrative.Value.Start, letter.Narrative.Value.End))),
        ];

    [Benchmark(Baseline = true, Description = "Pidgin rule")]
    public int Pidgin()
    {
        int found = 0;
        foreach (var (text, places) in _narratives)
        {
            foreach (int place in places)
            {
                found += PidginPatientGrammar.AgeThenSex.TryMatchAt(text, place, out _, out _) ? 1 : 0;
            }
        }

        return found;
    }

    [Benchmark(Description = "By hand")]
    public int ByHand()
    {
        int found = 0;
        foreach (var (text, places) in _narratives)
        {
            foreach (int place in places)
            {
                found += AgeAndSexReader.AgeThenSexAt(text, place, out _, out _) ? 1 : 0;
            }
        }

        return found;
    }

    // Where the case summary tries the rule: numbers of up to three digits with "year" within eight characters after them.
    private static int[] Places(string text, int start, int end)
    {
        using var tokens = WordLexer.Lex(text.AsSpan(0, end), start, end);
        return
        [
            .. tokens.Tokens.ToArray()
                .Where(token => token.Kind == TokenKind.Number && token.Length <= 3
                    && text.AsSpan(token.End, Math.Min(8, end - token.End)).Contains("year", StringComparison.OrdinalIgnoreCase))
                .Select(token => token.Start),
        ];
    }
}
