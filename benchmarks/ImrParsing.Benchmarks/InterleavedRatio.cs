using System.Diagnostics;
using System.Globalization;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The parse's time against the regex baseline's on the corpus, from blocks of passes interleaved
/// in one process: a few regex passes, then as many parse passes, again and again, each pair of
/// blocks' ratio taken (of the blocks' median passes, so that the first pass of a block, which
/// meets the other program's caches, does not decide). The host's slow spells last tens of seconds
/// and slow whatever runs then, so a ratio of two benchmarks run minutes apart moves when a spell
/// covers one and not the other; a pair run within a tenth of a second shares the spell
/// (benchmarks/README.md, "The first read of a letter"). Each program's young-generation
/// collections are counted with their pauses: a collection in the middle of a parse costs several
/// times one between small allocations (benchmarks/README.md, "What a collection costs in a parse").
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/ImrParsing.Benchmarks -- interleaved [SECONDS [PASSES]]</c>:
/// 8 s of warm-up, then SECONDS (20) of pairs of blocks of PASSES (5) passes each; prints the
/// medians, the pairs' spread, and each program's collections a pass and pause a collection.
/// </remarks>
internal static class InterleavedRatio
{
    public const string Command = "interleaved";

    public static int Run(string[] args)
    {
        if (!Arguments.TryCount(args, 1, 20, out int seconds) || !Arguments.TryCount(args, 2, 5, out int passes))
        {
            Console.Error.WriteLine($"usage: {Command} [SECONDS [PASSES]], both whole numbers of 1 or more (20 and 5 if left out)");
            return 2;
        }

        var texts = BenchmarkInputs.Texts(BenchmarkInputs.Corpus);
        int items = 0; // summed, so that no pass's work can be left out
        double Regex()
        {
            long start = Stopwatch.GetTimestamp();
            foreach (string text in texts)
            {
                items += RegexBaseline.Extract(text).Items.Count;
            }

            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        double Parse()
        {
            long start = Stopwatch.GetTimestamp();
            items += CorpusPasses.Parse(texts);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 8)
        {
            Regex();
            Parse();
        }

        var regex = new List<double>();
        var parse = new List<double>();
        var ratios = new List<double>();
        var regexCollections = new Collections();
        var parseCollections = new Collections();
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            double r = Block(Regex, passes, ref regexCollections);
            double p = Block(Parse, passes, ref parseCollections);
            regex.Add(r);
            parse.Add(p);
            ratios.Add(p / r);
        }

        int passesRun = ratios.Count * passes;

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{ratios.Count} pairs of blocks of {passes} passes over the corpus ({texts.Length} letters, {items} items read): regex {Quantile(regex, 0.5):F3} ms, parse {Quantile(parse, 0.5):F3} ms a pass (medians); parse / regex, a pair's ratio: median {Quantile(ratios, 0.5):F3}, 10th to 90th percentile {Quantile(ratios, 0.1):F3} to {Quantile(ratios, 0.9):F3}; gen-0 collections: regex {regexCollections.Describe(passesRun)}, parse {parseCollections.Describe(passesRun)}"));
        return 0;
    }

    // The median time of `passes` passes run one after another; the collections they caused added to `collections`.
    private static double Block(Func<double> pass, int passes, ref Collections collections)
    {
        var times = new List<double>(passes);
        int count = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        for (int i = 0; i < passes; i++)
        {
            times.Add(pass());
        }

        collections.Count += GC.CollectionCount(0) - count;
        collections.Paused += GC.GetTotalPauseDuration() - paused;
        return Quantile(times, 0.5);
    }

    // The collections (of any generation: each collects generation 0) a program's passes caused, and their pauses.
    private struct Collections
    {
        public int Count;
        public TimeSpan Paused;

        public readonly string Describe(int passes) => string.Create(
            CultureInfo.InvariantCulture,
            $"{(double)Count / passes:F2} a pass, {(Count == 0 ? 0 : Paused.TotalMilliseconds / Count):F3} ms each");
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
    }
}
