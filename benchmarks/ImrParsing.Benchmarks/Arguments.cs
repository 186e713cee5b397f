using System.Globalization;

namespace ImrParsing.Benchmarks;

/// <summary>The arguments of the commands that are not BenchmarkDotNet runs (`interleaved`, `allocations`, `first-read`).</summary>
internal static class Arguments
{
    /// <summary>Argument <paramref name="index"/>, a whole number of 1 or more, or <paramref name="fallback"/> where there is none; false when it is not one.</summary>
    public static bool TryCount(string[] args, int index, int fallback, out int count)
    {
        count = fallback;
        return args.Length <= index || (int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out count) && count > 0);
    }
}
