using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The medication request's rules as they read the request's tokens spelled out as one text
/// (<c>RequestText.Text</c>, the canonical form), before they read the source's tokens: the
/// reference tests' rules. Each reads at a place of the spelled text and returns a place of it.
/// </summary>
internal static class SpelledRequestRules
{
    /// <summary>"Two refills of", "Three months coverage of": a number and at most three words, then "of"; where they end, or <paramref name="at"/>.</summary>
    public static int SkipOfPrefix(string text, int at)
    {
        if (QuantityReader.NumberAt(text, at) is not { } number)
        {
            return at;
        }

        int end = number.End;

        int words = 0;
        int i = Scan.SkipSpace(text, end);
        while (i < text.Length && words <= 3 && char.IsLetter(text[i]))
        {
            if (TextParsers.StartsWithKeyword(text.AsSpan(i), "of", out int length))
            {
                return Scan.SkipSpace(text, i + length);
            }

            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            i = Scan.SkipSpace(text, i);
            words++;
        }

        return at;
    }

    /// <summary>"Topical compound cream: Flurbiprofen": words before a colon label the drug; where it starts, or <paramref name="at"/>.</summary>
    public static int SkipLabel(string text, int at)
    {
        int colon = text.IndexOf(':', at);
        if (colon < 0 || colon - at > 40 || text.AsSpan(at, colon - at).ContainsAnyExcept(MedicationNameReader.BrandNameCharacters))
        {
            return at;
        }

        int next = Scan.SkipSpace(text, colon + 1);
        return next < text.Length && char.IsLetter(text[next]) ? next : at;
    }
}
