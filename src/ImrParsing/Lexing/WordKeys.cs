using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ImrParsing.Parsers;

namespace ImrParsing.Lexing;

/// <summary>
/// The vocabulary the token readers look words up in: each word, case folded, gets one small
/// key, so a rule compares keys instead of characters. <see cref="None"/> is every other word.
/// </summary>
internal static class WordKeys
{
    /// <summary>The key of a word outside the vocabulary.</summary>
    public const short None = 0;

    private static readonly string[] Words = BuildWords();

    private static readonly FrozenDictionary<string, short>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.Select((word, index) => (word, index))
            .ToFrozenDictionary(pair => pair.word, pair => (short)(pair.index + 1), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Only words as long as some vocabulary word, starting with three characters some word starts
    // with, are looked up: most words of a text are neither.
    private static readonly int MinLength = Words.Min(word => word.Length);

    private static readonly int MaxLength = Words.Max(word => word.Length);

    private const int PrefixLength = 3;

    // One bit for each vocabulary word's first three characters, each taken by its low five bits,
    // which an ASCII letter shares with the other case of it: a word whose first three ASCII
    // characters have no bit set is none of the words.
    private static readonly ulong[] Prefixes = BuildPrefixes();

    private static readonly byte[] Months = [0, .. Words.Select(word => (byte)DateGrammar.MonthNumber(word))];

    /// <summary>The key of <paramref name="word"/>, or <see cref="None"/>.</summary>
    /// <remarks>Inlined into the lexer, which asks it of every word: most words are ruled out by their length or first three characters.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static short Of(ReadOnlySpan<char> word)
    {
        if ((uint)(word.Length - MinLength) > (uint)(MaxLength - MinLength))
        {
            return None;
        }

        // Past ASCII, case folding has surprises ("ſ" folds to "S"): those words are looked up.
        if (word[0] < 128 && word[1] < 128 && word[2] < 128)
        {
            int prefix = PrefixIndex(word);
            if ((Prefixes[prefix >> 6] & (1UL << prefix)) == 0)
            {
                return None;
            }
        }

        return LookUp(word);
    }

    private static short LookUp(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out short key) ? key : None;

    private static int PrefixIndex(ReadOnlySpan<char> word) => ((word[0] & 31) << 10) | ((word[1] & 31) << 5) | (word[2] & 31);

    /// <summary>The month names and the abbreviations of them the keys hold.</summary>
    public static IEnumerable<string> MonthWords => Words.Where(word => DateGrammar.MonthNumber(word) > 0);

    /// <summary>The month (1–12) the word of <paramref name="key"/> names, or 0.</summary>
    public static int Month(short key) => Months[key];

    // The month names and the abbreviations DateGrammar.MonthNumber reads, from the rule itself:
    // each name and every prefix of it the rule accepts.
    private static string[] BuildWords()
    {
        var words = new List<string>();
        for (int month = 1; month <= 12; month++)
        {
            string name = new DateTime(2000, month, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
            for (int length = 3; length <= name.Length; length++)
            {
                string prefix = name[..length];
                if (DateGrammar.MonthNumber(prefix) == month && !words.Contains(prefix, StringComparer.OrdinalIgnoreCase))
                {
                    words.Add(prefix);
                }
            }
        }

        return [.. words];
    }

    private static ulong[] BuildPrefixes()
    {
        if (MinLength < PrefixLength || Words.Any(word => !System.Text.Ascii.IsValid(word.AsSpan(0, PrefixLength))))
        {
            throw new InvalidOperationException("The vocabulary's words start with three ASCII characters.");
        }

        ulong[] prefixes = new ulong[(1 << (5 * PrefixLength)) / 64];
        foreach (string word in Words)
        {
            int prefix = PrefixIndex(word);
            prefixes[prefix >> 6] |= 1UL << prefix;
        }

        return prefixes;
    }
}
