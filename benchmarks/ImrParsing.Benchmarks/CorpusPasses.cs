using System.Diagnostics;

namespace ImrParsing.Benchmarks;

/// <summary>Passes of <see cref="ImrDocument.Parse(string)"/> over texts, for the commands that time or count them outside BenchmarkDotNet.</summary>
internal static class CorpusPasses
{
    /// <summary>Parses each of <paramref name="texts"/> once; returns the items read, so that no parse can be left out.</summary>
    public static int Parse(string[] texts)
    {
        int items = 0;
        foreach (string text in texts)
        {
            items += ImrDocument.Parse(text).Items.Length;
        }

        return items;
    }

    /// <summary>Passes over <paramref name="texts"/> for <paramref name="seconds"/>, so that the JIT's final code runs; returns the items read.</summary>
    public static int WarmUp(string[] texts, double seconds)
    {
        int items = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            items += Parse(texts);
        }

        return items;
    }
}
