using System.Diagnostics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// How much of a letter's first read is what the caches hold: each letter of the corpus parsed
/// twice in a row, and twice again with MEGABYTES written before each read (more than a core's
/// own cache holds, while the branch predictors, which a loop over an array hardly touches, keep
/// what the first read taught them). Each parse is timed alone, so the writing's own time is left
/// out (benchmarks/README.md, "What the first read pays for").
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/ImrParsing.Benchmarks -- first-read [ROUNDS [MEGABYTES]]</c>:
/// 6 s of warm-up, then ROUNDS (6) of ten passes; MEGABYTES is 4 if left out.
/// </remarks>
internal static class FirstRead
{
    public const string Command = "first-read";

    private const int PassesPerRound = 10;

    public static int Run(string[] args)
    {
        if (!Arguments.TryCount(args, 1, 6, out int rounds) || !Arguments.TryCount(args, 2, 4, out int megabytes))
        {
            Console.Error.WriteLine($"usage: {Command} [ROUNDS [MEGABYTES]], both whole numbers of 1 or more (6 and 4 if left out)");
            return 2;
        }

        var texts = BenchmarkInputs.Texts(BenchmarkInputs.Corpus);
        var written = new byte[megabytes << 20];
        int items = CorpusPasses.WarmUp(texts, 6); // summed, so that no parse can be left out
        long Timed(string text)
        {
            long start = Stopwatch.GetTimestamp();
            items += ImrDocument.Parse(text).Items.Length;
            return Stopwatch.GetTimestamp() - start;
        }

        void Write()
        {
            for (int i = 0; i < written.Length; i += 64)
            {
                written[i]++;
            }
        }

        for (int round = 0; round < rounds; round++)
        {
            long first = 0, second = 0, firstAfterWrite = 0, secondAfterWrite = 0;
            for (int pass = 0; pass < PassesPerRound; pass++)
            {
                foreach (string text in texts)
                {
                    first += Timed(text);
                    second += Timed(text);
                }

                foreach (string text in texts)
                {
                    Write();
                    firstAfterWrite += Timed(text);
                    Write();
                    secondAfterWrite += Timed(text);
                }
            }

            double f = PassMilliseconds(first), s = PassMilliseconds(second), ws = PassMilliseconds(secondAfterWrite);
            Console.WriteLine(
                $"a pass over the corpus: first reads {f:F2} ms, second reads {s:F2}; with {megabytes} MB written before each read: "
                + $"first reads {PassMilliseconds(firstAfterWrite):F2}, second reads {ws:F2}; the writing undoes {(ws - s) / (f - s):P0} of what a second read saves");
        }

        GC.KeepAlive(items);
        return 0;
    }

    private static double PassMilliseconds(long ticks) => ticks * 1e3 / Stopwatch.Frequency / PassesPerRound;
}
