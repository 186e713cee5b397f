using CsCheck;

namespace ImrParsing.Tests.Properties;

/// <summary>
/// Runs a CsCheck generator from a fixed seed, so that CI checks the same inputs on every run
/// (CsCheck's own <c>Sample</c> fixes only the first iteration's seed). A failure names the seed of
/// the failing input: <c>gen.Sample(assert, seed: "...")</c> replays it and CsCheck shrinks from there.
/// </summary>
public static class FixedSeed
{
    /// <summary>Checks <paramref name="assert"/> on <paramref name="count"/> values of <paramref name="gen"/> drawn from <paramref name="seed"/>.</summary>
    public static void Check<T>(Gen<T> gen, int count, ulong seed, Action<T> assert, Func<T, string>? describe = null)
    {
        foreach (var (value, seedString) in Values(gen, count, seed))
        {
            try
            {
                assert(value);
            }
            catch (Exception exception)
            {
                string shown = describe?.Invoke(value) ?? value?.ToString() ?? "null";
                throw new InvalidOperationException(
                    $"Failed on the input of seed \"{seedString}\" (replay: gen.Sample(assert, seed: \"{seedString}\")): {Shorten(shown)}", exception);
            }
        }
    }

    /// <summary>The values <see cref="Check"/> would draw, with each one's seed.</summary>
    public static IEnumerable<(T Value, string Seed)> Values<T>(Gen<T> gen, int count, ulong seed)
    {
        var pcg = new PCG(1, seed);
        for (int i = 0; i < count; i++)
        {
            ulong state = pcg.State;
            yield return (gen.Generate(pcg, null, out _), pcg.ToString(state));
        }
    }

    private static string Shorten(string text) =>
        text.Length <= 2000 ? text : text[..2000] + $"… ({text.Length:N0} characters)";
}
