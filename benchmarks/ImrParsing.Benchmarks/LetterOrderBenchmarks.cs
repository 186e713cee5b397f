using BenchmarkDotNet.Attributes;

namespace ImrParsing.Benchmarks;

/// <summary>
/// What changing letters costs: the corpus with each letter read once in turn, as
/// <see cref="ParseBenchmarks"/>' corpus row reads it, and with each letter read twice and four
/// times in a row. Each time is per pass over the corpus (a letter's repeats divided out), so a
/// repeat that costs less than the first read shows what the first read pays for meeting a letter
/// it has not just read: the processor's state for that letter's code paths, not its memory
/// (benchmarks/README.md, "The first read of a letter").
/// </summary>
[MemoryDiagnoser]
public class LetterOrderBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = BenchmarkInputs.Texts(BenchmarkInputs.Corpus);

    [Benchmark(Baseline = true, Description = "Regex, each letter once")]
    public int RegexOnce() => Regex(1);

    [Benchmark(OperationsPerInvoke = 2, Description = "Regex, each letter twice in a row")]
    public int RegexTwice() => Regex(2);

    [Benchmark(Description = "Parse, each letter once")]
    public int ParseOnce() => Parse(1);

    [Benchmark(OperationsPerInvoke = 2, Description = "Parse, each letter twice in a row")]
    public int ParseTwice() => Parse(2);

    [Benchmark(OperationsPerInvoke = 4, Description = "Parse, each letter four times in a row")]
    public int ParseFourTimes() => Parse(4);

    private int Regex(int times)
    {
        int items = 0;
        foreach (string text in _texts)
        {
            for (int i = 0; i < times; i++)
            {
                items += RegexBaseline.Extract(text).Items.Count;
            }
        }

        return items;
    }

    private int Parse(int times)
    {
        int items = 0;
        foreach (string text in _texts)
        {
            for (int i = 0; i < times; i++)
            {
                items += ImrDocument.Parse(text).Items.Length;
            }
        }

        return items;
    }
}
