using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads refills ("1 refill", "Two refills", "refills: 2", "refills x 2") as
/// the medication grammar states them, written by hand with the grammar's words and
/// the quantity reader's numbers; the number's range is in the request's text.
/// </summary>
internal static class RefillsReader
{
    // "2 refills": the words after a number, a space before them.
    private static readonly string[] SpacedRefillWords = [.. RefillWords.Select(word => " " + word)];

    /// <summary>The number of refills stated at <paramref name="at"/> of <paramref name="text"/>, and where the statement ends; null when none is.</summary>
    public static (int Value, int Start, int End)? Read(string text, int at, out int end)
    {
        end = at;
        if (QuantityReader.NumberAt(text, at) is { } count)
        {
            // "2 refills": once a number is read, the refill word must follow it.
            int after = count.End;
            int word = Scan.FirstKeyword(text, after, SpacedRefillWords);
            if (word < 0)
            {
                return null;
            }

            end = word;
            return count;
        }

        int i = Scan.FirstKeyword(text, at, RefillWords);
        if (i < 0)
        {
            return null;
        }

        i = Scan.SkipWhiteSpace(text, i);
        if (i < text.Length && RefillCountMarks.Contains(text[i], StringComparison.Ordinal))
        {
            i = Scan.SkipWhiteSpace(text, i + 1);
        }

        if (QuantityReader.NumberAt(text, i) is not { } number)
        {
            return null;
        }

        end = number.End;
        return number;
    }
}
