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
/// (benchmarks/README.md, "The first read of a letter").
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/ImrParsing.Benchmarks -- interleaved [SECONDS [PASSES]]</c>:
/// 8 s of warm-up, then SECONDS (20) of pairs of blocks of PASSES (5) passes each; prints the
/// medians and the pairs' spread.
/// </remarks>
internal static class InterleavedRatio
{
    public const string Command = "interleaved";

    public static int Run(string[] args)
    {
        if (!TryCount(args, 1, 20, out int seconds) || !TryCount(args, 2, 5, out int passes))
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
            foreach (string text in texts)
            {
                items += ImrDocument.Parse(text).Items.Length;
            }

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
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            double r = Block(Regex, passes);
            double p = Block(Parse, passes);
            regex.Add(r);
            parse.Add(p);
            ratios.Add(p / r);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{ratios.Count} pairs of blocks of {passes} passes over the corpus ({texts.Length} letters, {items} items read): regex {Quantile(regex, 0.5):F3} ms, parse {Quantile(parse, 0.5):F3} ms a pass (medians); parse / regex, a pair's ratio: median {Quantile(ratios, 0.5):F3}, 10th to 90th percentile {Quantile(ratios, 0.1):F3} to {Quantile(ratios, 0.9):F3}"));
        return 0;
    }

    // Argument `index`, a whole number of 1 or more, or `fallback` where there is none.
    private static bool TryCount(string[] args, int index, int fallback, out int count)
    {
        count = fallback;
        return args.Length <= index || (int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out count) && count > 0);
    }

    // The median time of `passes` passes run one after another.
    private static double Block(Func<double> pass, int passes)
    {
        var times = new List<double>(passes);
        for (int i = 0; i < passes; i++)
        {
            times.Add(pass());
        }

        return Quantile(times, 0.5);
    }

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
    }
}
