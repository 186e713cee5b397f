using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImrParsing.Lexing;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The service and body-region classification of the requests of whole letters, in canonical
/// form: the word lexer and the token classifiers (<see cref="ServiceClassifier"/>,
/// <see cref="BodyRegionClassifier"/>) against the character classifiers they replaced
/// (<see cref="CharPhraseClassifiers"/>), and the whole <see cref="RequestReader"/> beside them;
/// what a count counts (<see cref="CountedWords"/>) against its rule tried at every character
/// (<see cref="PidginQuantityGrammar.Counted"/>), after every number of the same requests; the quantity
/// reader written by hand (<see cref="QuantityReader"/>) against the grammar's rules run at the
/// same tokens (<see cref="PidginQuantityReader"/>), on the requests lexed and spelled once; a
/// request's text made by one lex of the source (<see cref="SpelledRequestText"/>, what <c>RequestText</c> spelled then) against the canonical
/// text and its lex it replaced; the strength read by hand (<see cref="StrengthReader"/>) against
/// <see cref="PidginMedicationGrammar.Strength"/> at every token of the spelled requests that starts with a digit,
/// the dosage form on the spelled text (<see cref="SpelledRequestRules.DosageForm"/>) and on the source's
/// tokens (<see cref="DosageFormReader"/>) against <see cref="PidginMedicationGrammar.Form"/> and where
/// directions begin (<see cref="SpelledRequestRules.DirectionsStart"/>, and <see cref="DirectionsReader"/> on the source's tokens) against <see cref="PidginMedicationRules.DirectionsStart"/> and
/// refills (<see cref="SpelledRequestRules.Refills"/>) against <see cref="PidginMedicationRules.Refills"/>, at every token.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RequestClassifierBenchmarks
{
    private static readonly CharPhraseClassifiers Characters = new(ServiceClassifier.Default.Rules, BodyRegionClassifier.Default);

    private static readonly Pidgin.Parser<char, (OffsetRange Value, int End)> Counted = PidginAt.Ended(PidginQuantityGrammar.Counted);

    private static readonly Pidgin.Parser<char, (OffsetRange Value, int End)> Strength = PidginAt.Ended(PidginMedicationGrammar.Strength);

    private static readonly Pidgin.Parser<char, (OffsetRange Value, int End)> Form = PidginAt.Ended(PidginMedicationGrammar.Form);

    private static readonly Pidgin.Parser<char, (Pidgin.Unit Value, int End)> Directions = PidginAt.Ended(PidginMedicationRules.DirectionsStart);

    private static readonly Pidgin.Parser<char, (StatedNumber Value, int End)> Refills = PidginAt.Ended(PidginMedicationRules.Refills);

    private string[] _requests = [];

    // Where a strength can start: the tokens of the spelled requests that start with a digit.
    private (string Text, int At)[] _digits = [];

    private (string Request, int After)[] _numbers = [];

    // The requests lexed and spelled once, for the quantity readers alone.
    private SpelledRequestText[] _spelled = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInputs.Typical;

    public static IEnumerable<string> Inputs => BenchmarkInputs.Letters;

    [GlobalSetup]
    public void Setup()
    {
        _requests = BenchmarkInputs.Requests(Input);
        _spelled = [.. _requests.Select(request => new SpelledRequestText(request, 0, request.Length))];
        _digits = [.. _spelled.SelectMany(spelled => spelled.Tokens.ToArray()
            .Where(token => char.IsAsciiDigit(spelled.Text[token.Start]))
            .Select(token => (spelled.Text, token.Start)))];
        _numbers = [.. _requests.SelectMany(request =>
        {
            using var tokens = WordLexer.Lex(request);
            return tokens.Tokens.ToArray().Where(token => token.Kind == TokenKind.Number).Select(token => (request, token.End)).ToArray();
        })];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var text in _spelled)
        {
            text.Dispose();
        }
    }

    [BenchmarkCategory("classifiers")]
    [Benchmark(Baseline = true, Description = "Character classifiers")]
    public int Character()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            found += (Characters.Classify(request) is null ? 0 : 1) + Characters.Read(request).Regions.Count;
        }

        return found;
    }

    [BenchmarkCategory("classifiers")]
    [Benchmark(Description = "Token classifiers")]
    public int Token()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            using var tokens = WordLexer.Lex(request);
            found += (ServiceClassifier.Default.Classify(request, tokens) is null ? 0 : 1)
                + BodyRegionClassifier.Default.Read(request, tokens).Regions.Count;
        }

        return found;
    }

    [BenchmarkCategory("classifiers")]
    [Benchmark(Description = "RequestReader.Read")]
    public int Reader()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            found += RequestReader.Default.Read(request).BodyRegions.Length;
        }

        return found;
    }

    [BenchmarkCategory("request text")]
    [Benchmark(Baseline = true, Description = "CanonicalText + lex")]
    public int CanonicalAndLex()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            using var canonical = CanonicalText.Of(request, 0, request.Length);
            using var tokens = WordLexer.Lex(canonical.Value);
            found += tokens.Count + canonical.SourceRange(new OffsetRange(0, canonical.Value.Length)).End;
        }

        return found;
    }

    [BenchmarkCategory("request text")]
    [Benchmark(Description = "One lex, spelled (RequestText)")]
    public int SpelledTokens()
    {
        int found = 0;
        foreach (string request in _requests)
        {
            using var text = new SpelledRequestText(request, 0, request.Length);
            found += text.Tokens.Length + text.SourceRange(new OffsetRange(0, text.Text.Length)).End;
        }

        return found;
    }

    [BenchmarkCategory("quantities")]
    [Benchmark(Baseline = true, Description = "Quantity grammar (Pidgin)")]
    public int QuantityGrammarRules()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            found += PidginQuantityReader.Read(text.Text, text.Tokens, false, [], text).Count;
        }

        return found;
    }

    [BenchmarkCategory("quantities")]
    [Benchmark(Description = "Quantity reader (by hand)")]
    public int QuantityReaderRules()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            found += QuantityReader.Read(text, false, []).Length;
        }

        return found;
    }

    [BenchmarkCategory("counted")]
    [Benchmark(Baseline = true, Description = "Counted at every character")]
    public int CountedRule()
    {
        int found = 0;
        foreach (var (request, after) in _numbers)
        {
            found += PidginAt.TryAt(Counted, request, after, out var range, out _) ? range.Length : 0;
        }

        return found;
    }

    [BenchmarkCategory("counted")]
    [Benchmark(Description = "Counted at its stop's starts")]
    public int CountedStops()
    {
        int found = 0;
        foreach (var (request, after) in _numbers)
        {
            found += CountedWords.Find(request, after)?.Length ?? 0;
        }

        return found;
    }

    [BenchmarkCategory("strength")]
    [Benchmark(Baseline = true, Description = "Strength grammar (Pidgin)")]
    public int StrengthGrammar()
    {
        int found = 0;
        foreach (var (text, at) in _digits)
        {
            found += PidginAt.TryAt(Strength, text, at, out var range, out _) ? range.Length : 0;
        }

        return found;
    }

    [BenchmarkCategory("strength")]
    [Benchmark(Description = "Strength reader (by hand)")]
    public int StrengthByHand()
    {
        int found = 0;
        foreach (var (text, at) in _digits)
        {
            found += SpelledStrengthReader.Read(text, at)?.Length ?? 0;
        }

        return found;
    }

    [BenchmarkCategory("form")]
    [Benchmark(Baseline = true, Description = "Form grammar (Pidgin)")]
    public int FormGrammar()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            foreach (var token in text.Tokens)
            {
                found += PidginAt.TryAt(Form, text.Text, token.Start, out var range, out _) ? range.Length : 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("form")]
    [Benchmark(Description = "Form reader (by hand)")]
    public int FormByHand()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            foreach (var token in text.Tokens)
            {
                found += SpelledRequestRules.DosageForm(text.Text, token.Start)?.Length ?? 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("form")]
    [Benchmark(Description = "Form reader (source tokens)")]
    public int FormOnTokens()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            var words = text.Words;
            for (int index = 0; index < words.Count; index++)
            {
                found += DosageFormReader.Read(words, index) is { } form ? form.Last - form.First + 1 : 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("directions")]
    [Benchmark(Baseline = true, Description = "Directions grammar (Pidgin)")]
    public int DirectionsGrammar()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            foreach (var token in text.Tokens)
            {
                found += PidginAt.TryAt(Directions, text.Text, token.Start, out _, out _) ? 1 : 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("directions")]
    [Benchmark(Description = "Directions reader (by hand)")]
    public int DirectionsByHand()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            foreach (var token in text.Tokens)
            {
                found += SpelledRequestRules.DirectionsStart(text.Text, token.Start) ? 1 : 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("directions")]
    [Benchmark(Description = "Directions reader (source tokens)")]
    public int DirectionsOnTokens()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            var words = text.Words;
            for (int index = 0; index < words.Count; index++)
            {
                found += DirectionsReader.StartsAt(words, index) ? 1 : 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("refills")]
    [Benchmark(Baseline = true, Description = "Refills grammar (Pidgin)")]
    public int RefillsGrammar()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            foreach (var token in text.Tokens)
            {
                found += PidginAt.TryAt(Refills, text.Text, token.Start, out var refills, out _) ? refills.Value : 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("refills")]
    [Benchmark(Description = "Refills reader (by hand)")]
    public int RefillsByHand()
    {
        int found = 0;
        foreach (var text in _spelled)
        {
            foreach (var token in text.Tokens)
            {
                found += SpelledRequestRules.Refills(text.Text, token.Start, out _)?.Value ?? 0;
            }
        }

        return found;
    }
}
