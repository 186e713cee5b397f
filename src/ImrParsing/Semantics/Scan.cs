using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>Runs a grammar rule at one place of a canonical text, as the readers walk along it.</summary>
internal static class Scan
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

    /// <summary>The first offset at or after <paramref name="at"/> that is not a space.</summary>
    public static int SkipSpace(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>The first offset at or after <paramref name="at"/> that is no white space of any kind (a line break, a no-break space).</summary>
    public static int SkipWhiteSpace(string text, int at)
    {
        int space = text.AsSpan(at).IndexOfAnyExcept(CharSets.AnySpace);
        return space < 0 ? text.Length : at + space;
    }

    /// <summary>Where the first of <paramref name="words"/> that <paramref name="text"/> goes on with at <paramref name="at"/>, as whole words, ends; -1 when none does.</summary>
    public static int FirstKeyword(string text, int at, ReadOnlySpan<string> words)
    {
        var rest = text.AsSpan(at);
        foreach (string word in words)
        {
            if (TextParsers.StartsWithKeyword(rest, word, out int length))
            {
                return at + length;
            }
        }

        return -1;
    }
}
