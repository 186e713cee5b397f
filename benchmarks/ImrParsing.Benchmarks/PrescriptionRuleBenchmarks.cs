using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The rules of a request's prescription read by hand against the Pidgin rules they replaced, at
/// every token of the corpus's requests, lexed and spelled once: a medication's quantity
/// (on the spelled text, <see cref="SpelledRequestRules.ReadMedicationQuantity"/>, and on the source's tokens,
/// <see cref="MedicationQuantityReader"/>, against <see cref="PidginMedicationQuantity"/>), the date
/// of service and an injection's drug (on the spelled text, <see cref="SpelledDateOfServiceReader"/> and
/// <see cref="SpelledInjectionDrugReader"/>, and on the source's tokens, <see cref="DateOfServiceReader"/> and
/// <see cref="InjectionDrugReader"/>, against <see cref="PidginDateOfService"/> and <see cref="PidginInjectionDrug"/>),
/// each building the values it reads, and a spinal level (on the spelled text, <see cref="SpelledRequestRules.SpinalLevelEnd"/>,
/// and on the source's tokens, <see cref="SpinalLevelReader"/>, against <see cref="PidginSpinalLevel"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PrescriptionRuleBenchmarks
{
    // The requests lexed and spelled once, with the token starts the rules are asked at.
    private (SpelledRequestText Text, int[] Starts)[] _spelled = [];

    [Params(BenchmarkInputs.Corpus)]
    public string Input { get; set; } = BenchmarkInputs.Corpus;

    [GlobalSetup]
    public void Setup() =>
        _spelled = [.. BenchmarkInputs.Requests(Input)
            .Select(request =>
            {
                var text = new SpelledRequestText(request, 0, request.Length);
                return (text, text.Tokens.ToArray().Select(token => token.Start).ToArray());
            })];

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (text, _) in _spelled)
        {
            text.Dispose();
        }
    }

    [BenchmarkCategory("medication quantity")]
    [Benchmark(Baseline = true, Description = "Quantity rule (Pidgin)")]
    public int QuantityGrammar()
    {
        int found = 0;
        foreach (var (text, starts) in _spelled)
        {
            foreach (int at in starts)
            {
                found += PidginMedicationQuantity.Read(text.Text, at, text, out _)?.Count?.Value ?? 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("medication quantity")]
    [Benchmark(Description = "Quantity reader (by hand)")]
    public int QuantityByHand()
    {
        int found = 0;
        foreach (var (text, starts) in _spelled)
        {
            foreach (int at in starts)
            {
                found += SpelledRequestRules.ReadMedicationQuantity(text, at, out _)?.Count?.Value ?? 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("medication quantity")]
    [Benchmark(Description = "Quantity reader (source tokens)")]
    public int QuantityOnTokens()
    {
        int found = 0;
        foreach (var (text, _) in _spelled)
        {
            for (int index = 0; index < text.Lexed.Count; index++)
            {
                found += MedicationQuantityReader.Read(text, index, out _)?.Count?.Value ?? 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("date of service")]
    [Benchmark(Baseline = true, Description = "Date of service rule (Pidgin)")]
    public int DateOfServiceGrammar()
    {
        int found = 0;
        foreach (var (text, starts) in _spelled)
        {
            foreach (int at in starts)
            {
                found += PidginDateOfService.Read(text.Text, at, out _, out _, out _)?.Day ?? 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("date of service")]
    [Benchmark(Description = "Date of service reader (by hand)")]
    public int DateOfServiceByHand()
    {
        int found = 0;
        foreach (var (text, starts) in _spelled)
        {
            foreach (int at in starts)
            {
                found += SpelledDateOfServiceReader.Read(text.Text, at, out _, out _, out _)?.Day ?? 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("date of service")]
    [Benchmark(Description = "Date of service reader (source tokens)")]
    public int DateOfServiceOnTokens()
    {
        int found = 0;
        foreach (var (text, _) in _spelled)
        {
            for (int index = 0; index < text.Lexed.Count; index++)
            {
                found += DateOfServiceReader.Read(text, index, out _, out _)?.Day ?? 0;
            }
        }

        return found;
    }

    [BenchmarkCategory("injection drug")]
    [Benchmark(Baseline = true, Description = "Injection drug rule (Pidgin)")]
    public int DrugGrammar()
    {
        int found = 0;
        foreach (var (text, starts) in _spelled)
        {
            foreach (int at in starts)
            {
                found += PidginInjectionDrug.Read(text.Text, at, text, out int end) is null ? 0 : end;
            }
        }

        return found;
    }

    [BenchmarkCategory("injection drug")]
    [Benchmark(Description = "Injection drug reader (by hand)")]
    public int DrugByHand()
    {
        int found = 0;
        foreach (var (text, starts) in _spelled)
        {
            foreach (int at in starts)
            {
                found += SpelledInjectionDrugReader.Read(text, at, out int end) is null ? 0 : end;
            }
        }

        return found;
    }

    [BenchmarkCategory("injection drug")]
    [Benchmark(Description = "Injection drug reader (source tokens)")]
    public int DrugOnTokens()
    {
        int found = 0;
        foreach (var (text, _) in _spelled)
        {
            for (int index = 0; index < text.Lexed.Count; index++)
            {
                found += InjectionDrugReader.Read(text, index, out int last) is null ? 0 : last;
            }
        }

        return found;
    }

    [BenchmarkCategory("spinal level")]
    [Benchmark(Baseline = true, Description = "Spinal level rule (Pidgin)")]
    public int LevelGrammar()
    {
        int found = 0;
        foreach (var (text, starts) in _spelled)
        {
            foreach (int at in starts)
            {
                found += PidginSpinalLevel.End(text.Text, at);
            }
        }

        return found;
    }

    [BenchmarkCategory("spinal level")]
    [Benchmark(Description = "Spinal level reader (by hand)")]
    public int LevelByHand()
    {
        int found = 0;
        foreach (var (text, starts) in _spelled)
        {
            foreach (int at in starts)
            {
                found += SpelledRequestRules.SpinalLevelEnd(text.Text, at);
            }
        }

        return found;
    }

    [BenchmarkCategory("spinal level")]
    [Benchmark(Description = "Spinal level reader (source tokens)")]
    public int LevelOnTokens()
    {
        int found = 0;
        foreach (var (text, _) in _spelled)
        {
            var words = text.Words;
            for (int index = 0; index < words.Count; index++)
            {
                found += SpinalLevelReader.Last(words, index);
            }
        }

        return found;
    }
}
