using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads refills ("1 refill", "Two refills", "refills: 2", "refills x 2", "refills x2") as the
/// medication grammar states them, on a request's tokens, with the grammar's words and marks and
/// the quantity rules' numbers (<see cref="TokenNumbers"/>): a number may be read inside a token
/// ("x2", "2nd"), its words then the characters it takes.
/// </summary>
internal static class RefillsReader
{
    /// <summary>
    /// The number of refills stated at token <paramref name="index"/> of <paramref name="request"/>,
    /// the source's words of the number and the statement's last token; null when none is stated there.
    /// </summary>
    public static (int Value, SourceWords Number, int Last)? Read(RequestText request, int index)
    {
        var words = request.Words;
        if (TokenNumbers.TryRead(words, index, out int count, out int length))
        {
            // "2 refills": once a number is read, the refill word must follow it, after white space.
            return length == words.Chars(index).Length && words.SpaceBefore(index + 1) && IsRefillWord(request, index + 1)
                ? (count, request.WordsFrom(index, index), index + 1)
                : null;
        }

        if (!IsRefillWord(request, index))
        {
            return null;
        }

        // "refills: 2", "refills x 2": a mark, then the number; "refills x2": the number in the mark's token.
        int at = index + 1;
        int from = 0;
        if (at < words.Count && RefillCountMarks.Contains(words.Chars(at)[0], StringComparison.Ordinal))
        {
            if (words.Chars(at).Length > 1)
            {
                from = 1;
            }
            else
            {
                at++;
            }
        }

        if (at >= words.Count || !TokenNumbers.TryRead(words.Chars(at)[from..], out int value, out int taken))
        {
            return null;
        }

        return (value, request.Inside(at, from, from + taken), at);
    }

    private static bool IsRefillWord(RequestText request, int index)
    {
        var words = request.Words;
        foreach (string word in RefillWords)
        {
            if (words.IsWord(index, word))
            {
                return true;
            }
        }

        return false;
    }
}
