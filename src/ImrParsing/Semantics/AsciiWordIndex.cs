using System.Numerics;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Values by a word, its ASCII letters folded to lower case: a token hashed once, in a table of
/// its own (open addressing), not through a frozen dictionary's alternate lookup and its hashing
/// ignoring case. A token past ASCII is the dictionary's to find, since ignoring case there folds
/// more than letters ("ſ" is "s").
/// </summary>
/// <typeparam name="TValue">What a word stands for (the phrases it starts).</typeparam>
internal sealed class AsciiWordIndex<TValue>
    where TValue : class
{
    private const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    // The words folded, and their values; a null key is an empty slot.
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    /// <param name="words">The words, ASCII and distinct ignoring case, with their values.</param>
    public AsciiWordIndex(IEnumerable<(string Word, TValue Value)> words)
    {
        var pairs = words.ToArray();
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, pairs.Length * 2));
        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (word, value) in pairs)
        {
            string folded = word.ToLowerInvariant();
            int slot = (int)Hash(folded) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = folded;
            _values[slot] = value;
        }
    }

    /// <summary>True when every word is ASCII, so that the index can stand for a lookup ignoring case.</summary>
    public static bool Fits(IEnumerable<string> words) => words.All(word => System.Text.Ascii.IsValid(word));

    /// <summary>The value of <paramref name="word"/>: <paramref name="none"/> where it is no key; null where it is past ASCII.</summary>
    public TValue? Find(ReadOnlySpan<char> word, TValue none)
    {
        uint hash = Seed;
        foreach (char c in word)
        {
            if (c >= 128)
            {
                return null;
            }

            hash = (hash ^ CharSets.ToLowerAscii(c)) * Prime;
        }

        for (int slot = (int)hash & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (key.Length == word.Length && FoldedEquals(word, key))
            {
                return _values[slot];
            }
        }

        return none;
    }

    private static uint Hash(string folded)
    {
        uint hash = Seed;
        foreach (char c in folded)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> word, string folded)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (CharSets.ToLowerAscii(word[i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

}
