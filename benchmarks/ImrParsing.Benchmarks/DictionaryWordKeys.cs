using System.Collections.Frozen;
using ImrParsing.Lexing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="WordKeys.Of"/> before it tested a word's first three characters (issue 12, branch
/// sum8): every word of a vocabulary word's length whose first letter starts one was looked up in the
/// dictionary. The baseline of <c>WordKeysBenchmarks</c> and the reference of <c>WordKeysReferenceTests</c>.
/// </summary>
internal static class DictionaryWordKeys
{
    private static readonly string[] Words = [.. WordKeys.MonthWords];

    private static readonly FrozenDictionary<string, short>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.Select((word, index) => (word, index))
            .ToFrozenDictionary(pair => pair.word, pair => (short)(pair.index + 1), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int MinLength = Words.Min(word => word.Length);

    private static readonly int MaxLength = Words.Max(word => word.Length);

    private static readonly bool[] FirstLetters = BuildFirstLetters();

    /// <summary>The key of <paramref name="word"/>, or <see cref="WordKeys.None"/>.</summary>
    public static short Of(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > MaxLength)
        {
            return WordKeys.None;
        }

        char first = (char)(word[0] | 0x20);
        if (first < FirstLetters.Length && !FirstLetters[first])
        {
            return WordKeys.None;
        }

        return Lookup.TryGetValue(word, out short key) ? key : WordKeys.None;
    }

    private static bool[] BuildFirstLetters()
    {
        bool[] first = new bool[128];
        foreach (string word in Words)
        {
            first[char.ToLowerInvariant(word[0])] = true;
        }

        return first;
    }
}
