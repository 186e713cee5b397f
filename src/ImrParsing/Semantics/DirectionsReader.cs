using ImrParsing.Parsers.Combinators;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Tells where directions for use begin ("apply", "1 by mouth", "1-2 tabs", "as needed", "q4-6h")
/// as the medication grammar states it, written by hand with the grammar's
/// own word lists and the quantity reader's amounts.
/// </summary>
internal static class DirectionsReader
{
    /// <summary>True when directions begin at <paramref name="at"/> of <paramref name="text"/>.</summary>
    public static bool StartsAt(string text, int at)
    {
        var rest = text.AsSpan(at);
        foreach (string word in DirectionWords)
        {
            if (TextParsers.StartsWithKeyword(rest, word, out _))
            {
                return true;
            }
        }

        // An amount and a dose word right after it; an interval ("q4h") starts with no amount.
        int amount = QuantityReader.AmountEnd(text, at);
        if (amount >= 0)
        {
            foreach (string word in DoseWords)
            {
                if (TextParsers.StartsWithKeyword(text.AsSpan(amount), word, out _))
                {
                    return true;
                }
            }

            return false;
        }

        return rest.Length > 1 && (rest[0] | 0x20) == 'q' && char.IsDigit(rest[1]);
    }
}
