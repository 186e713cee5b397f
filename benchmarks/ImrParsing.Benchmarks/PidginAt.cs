using Pidgin;
using ImrParsing.Parsers.Combinators;

namespace ImrParsing.Benchmarks;

/// <summary>
/// Runs a Pidgin rule at one place of a text, as the readers did before they were written by hand
/// (<c>Scan.TryAt</c> in the library then): the baselines' and the reference tests' way to try the
/// old rules where the readers now read.
/// </summary>
internal static class PidginAt
{
    /// <summary><paramref name="rule"/> followed by the offset where it stopped.</summary>
    public static Parser<char, (T Value, int End)> Ended<T>(Parser<char, T> rule) =>
        Parser.Map((value, end) => (value, end), rule, TextParsers.Offset);

    /// <summary>
    /// Runs <paramref name="rule"/> (made with <see cref="Ended{T}"/>) on <paramref name="text"/> from
    /// <paramref name="at"/>; the value's ranges are relative to <paramref name="at"/>, <paramref name="end"/> is absolute.
    /// </summary>
    public static bool TryAt<T>(Parser<char, (T Value, int End)> rule, string text, int at, out T value, out int end)
    {
        if (rule.TryMatch(text.AsSpan(at), out var result))
        {
            value = result.Value;
            end = at + result.End;
            return true;
        }

        value = default!;
        end = at;
        return false;
    }
}
