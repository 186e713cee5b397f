using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// Reads what a count counts (<see cref="PidginQuantityGrammar.Counted"/>): the words after the count up
/// to the rule's stop, which is tried only at the characters it can start with, found in one
/// vectorized search, instead of at every character of the stretch. The baseline reader's
/// (<see cref="PidginQuantityReader"/>); shared as source with the tests.
/// </summary>
internal static class CountedWords
{
    private static readonly Parser<char, (Unit Value, int End)> Prefix = PidginAt.Ended(PidginQuantityGrammar.CountedPrefix);

    /// <summary>The words the count that ends at <paramref name="after"/> counts, as <see cref="PidginQuantityGrammar.Counted"/> reads them; null when it reads none.</summary>
    public static OffsetRange? Find(string text, int after)
    {
        if (!PidginAt.TryAt(Prefix, text, after, out _, out int start))
        {
            return null;
        }

        // The stop is tried up to the longest stretch's end, that place included; the end of the text is the last stop.
        int left = text.Length - start;
        var window = text.AsSpan(start, Math.Min(left, QuantityGrammar.CountedMaxLength + 1));
        int skipped = 0;
        while (skipped < window.Length)
        {
            int found = window[skipped..].IndexOfAny(QuantityGrammar.CountedStopStarts);
            if (found < 0)
            {
                break;
            }

            skipped += found;
            if (PidginQuantityGrammar.CountedStop.TryMatch(text.AsSpan(start + skipped), out _))
            {
                return new OffsetRange(start, start + skipped);
            }

            skipped++;
        }

        return left <= QuantityGrammar.CountedMaxLength ? new OffsetRange(start, text.Length) : null;
    }
}
