using ImrParsing.Lexing;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Tells where directions for use begin ("apply", "1 by mouth", "1-2 tabs", "as needed", "q4-6h")
/// as the medication grammar states it, on a request's tokens: the grammar's direction words, an
/// amount (<see cref="TokenNumbers"/>) with a dose word after white space, or an interval, a "q"
/// and a digit in one token.
/// </summary>
internal static class DirectionsReader
{
    private static readonly TokenPhrases<bool> Directions = new(DirectionWords.Select(word => (word, true)));

    // The dose words follow the amount after white space: their phrases without it.
    private static readonly TokenPhrases<bool> Doses = new(DoseWords.Select(word => (word.TrimStart(), true)));

    /// <summary>True when directions begin at token <paramref name="index"/> of <paramref name="words"/>.</summary>
    public static bool StartsAt(LexedText words, int index)
    {
        if (index >= words.Count)
        {
            return false;
        }

        if (Directions.MatchesAt(words.Text, words.List, index).MoveNext())
        {
            return true;
        }

        int amount = TokenNumbers.WholeAmountLast(words, index);
        if (amount >= 0)
        {
            return words.SpaceBefore(amount + 1) && Doses.MatchesAt(words.Text, words.List, amount + 1).MoveNext();
        }

        var chars = words.Chars(index);
        return chars.Length > 1 && (chars[0] | 0x20) == 'q' && char.IsDigit(chars[1]);
    }
}
