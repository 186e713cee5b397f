using ImrParsing.Parsers.Combinators;

namespace ImrParsing.Benchmarks;

/// <summary>
/// What the request rules over the spelled text (the references and baselines here) share as they
/// read at one place: white space of any kind and keywords. The readers in src read tokens instead.
/// </summary>
internal static class SpelledScan
{
    /// <summary>The first offset at or after <paramref name="at"/> of a spelled text that is not a space.</summary>
    public static int SkipSpace(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>The first offset at or after <paramref name="at"/> that is no white space of any kind (a line break, a no-break space).</summary>
    public static int SkipWhiteSpace(string text, int at) => at + TextParsers.SpaceLength(text.AsSpan(at));

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
