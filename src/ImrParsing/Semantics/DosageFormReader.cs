using System.Buffers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a dosage form ("patch", "oral suspension", "in cream base") as <see cref="MedicationGrammar.Form"/>
/// states it, written by hand with the grammar's own phrases: whole words, an "in" before them left
/// out of the form's range. After "in" the grammar needs a form: "in the morning" reads none.
/// </summary>
internal static class DosageFormReader
{
    // The first characters of the phrases and of "in", in both cases: elsewhere no form starts.
    private static readonly SearchValues<char> FirstChars = SearchValues.Create(
        string.Concat(FormPhrases.Append(InForm).Select(phrase => char.ToLowerInvariant(phrase[0]).ToString() + char.ToUpperInvariant(phrase[0]))));

    /// <summary>The form at <paramref name="at"/> of <paramref name="text"/>: its range, which ends where the rule does, or null.</summary>
    public static OffsetRange? Read(string text, int at)
    {
        if (at >= text.Length || !FirstChars.Contains(text[at]))
        {
            return null;
        }

        if (TextParsers.StartsWithKeyword(text.AsSpan(at), InForm, out int length))
        {
            at += length;
            int space = text.AsSpan(at).IndexOfAnyExcept(CharSets.AnySpace);
            at = space < 0 ? text.Length : at + space;
        }

        var rest = text.AsSpan(at);
        foreach (string phrase in FormPhrases)
        {
            if (TextParsers.StartsWithKeyword(rest, phrase, out length))
            {
                return new OffsetRange(at, at + length);
            }
        }

        return null;
    }
}
