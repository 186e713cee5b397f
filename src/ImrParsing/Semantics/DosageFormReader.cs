using ImrParsing.Lexing;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a dosage form ("patch", "oral suspension", "in cream base") as the grammar's form rule
/// states it, on a request's tokens: the grammar's phrases as whole words, the first in its order
/// that matches, an "in" before them left out of the form's words. After "in" the grammar needs a
/// form: "in the morning" reads none.
/// </summary>
internal static class DosageFormReader
{
    private static readonly TokenPhrases<bool> Forms = new(FormPhrases.Select(phrase => (phrase, true)));

    /// <summary>The form at token <paramref name="index"/> of <paramref name="words"/>: its first and last tokens, or null.</summary>
    public static (int First, int Last)? Read(LexedText words, int index)
    {
        int at = words.IsWord(index, InForm) ? index + 1 : index;
        if (at >= words.Count)
        {
            return null;
        }

        foreach (var (_, last) in Forms.MatchesAt(words.Text, words.List, at))
        {
            return (at, last);
        }

        return null;
    }
}
