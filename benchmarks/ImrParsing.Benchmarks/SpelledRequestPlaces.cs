using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// Places of a request's spelled text (<c>SpelledRequestText.Text</c>) against its tokens, for the rules
/// over characters the reference tests and baselines still run: where a token starts, and which
/// token starts at a place.
/// </summary>
internal static class SpelledRequestPlaces
{
    /// <summary>Where token <paramref name="index"/> starts in the spelled text; the text's length past the last token.</summary>
    public static int SpelledStart(this SpelledRequestText request, int index) =>
        index < request.Tokens.Length ? request.Tokens[index].Start : request.Text.Length;

    /// <summary>
    /// The index of the token that starts at <paramref name="at"/> of the spelled text: the token
    /// count at its end, -1 where no token starts (a space, inside a token).
    /// </summary>
    public static int TokenStartingAt(this SpelledRequestText request, int at)
    {
        var tokens = request.Tokens;
        if (at >= request.Text.Length)
        {
            return tokens.Length;
        }

        int low = 0, high = tokens.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            int start = tokens[middle].Start;
            if (start == at)
            {
                return middle;
            }

            if (start < at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
