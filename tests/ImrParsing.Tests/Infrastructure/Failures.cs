namespace ImrParsing.Tests.Infrastructure;

/// <summary>Failure lists that report their count and only their first lines (the letters concern patients).</summary>
public static class Failures
{
    /// <summary>The most failure lines a message shows.</summary>
    public const int MaxShown = 12;

    /// <summary>Fails with the number of failures and the first <see cref="MaxShown"/> when there are any.</summary>
    public static void ShouldBeNone(this IReadOnlyCollection<string> failures)
    {
        if (failures.Count > 0)
        {
            Assert.Fail($"{failures.Count} failure(s):\n  " + string.Join("\n  ", failures.Take(MaxShown)) + (failures.Count > MaxShown ? "\n  ..." : string.Empty));
        }
    }
}
