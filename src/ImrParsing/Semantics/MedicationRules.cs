using System.Collections.Frozen;
using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

/// <summary>Where the rules of a prescription (<see cref="MedicationGrammar"/>, <see cref="DateOfServiceGrammar"/>) can start in a request.</summary>
internal static class MedicationRules
{
    // The first words of the rules that start with a word, from the rules' own phrases.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWords =
        MedicationGrammar.LeadPhrases.Concat(DateOfServiceGrammar.Leads).Concat(QuantityGrammar.NumberWordSet)
            .Select(FirstWord)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// False when no rule of a prescription (date of service, quantity, refills, directions, form, a
    /// number word) can start at <paramref name="token"/>, a whole word, number or mark: it is none
    /// of their first words, no number, no "#" and no interval ("q4h"). The readers try them only where true.
    /// </summary>
    public static bool MayLead(ReadOnlySpan<char> token)
    {
        char first = token[0];
        return char.IsDigit(first) || first == '#'
            || ((first | 0x20) == 'q' && token.Length > 1 && char.IsDigit(token[1]))
            || LeadWords.Contains(token);
    }

    private static string FirstWord(string phrase)
    {
        using var tokens = WordLexer.Lex(phrase);
        var first = tokens.Tokens[0];
        return phrase.Substring(first.Start, first.Length);
    }
}
