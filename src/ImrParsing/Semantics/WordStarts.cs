namespace ImrParsing.Semantics;

/// <summary>
/// A check before a lookup ignoring case: whether a word may be one of a vocabulary's by its length
/// and its first two characters (ASCII letters folded), so that most of a text's words ("the",
/// "of", numbers) are not hashed. It may say yes to a word the vocabulary lacks, never no to one it holds.
/// </summary>
internal sealed class WordStarts
{
    // Letters fold to 0..25, other ASCII characters share 26..29; a one-character word's second is 31.
    private const int Classes = 32;

    private readonly ulong[] _pairs = new ulong[Classes * Classes / 64];

    // The vocabulary's lengths: ignoring case keeps a word's length.
    private readonly ulong _lengths;

    public WordStarts(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        // No word is empty: an empty one is never found.
        foreach (string word in words.Where(word => word.Length > 0))
        {
            _lengths |= LengthBit(word.Length);

            // Past ASCII, case folding has surprises ("ſ" is "S" ignoring case): such a start lets every pair through.
            if (word[0] >= 128 || (word.Length > 1 && word[1] >= 128))
            {
                Array.Fill(_pairs, ulong.MaxValue);
            }
            else
            {
                int pair = Pair(word);
                _pairs[pair >> 6] |= 1UL << pair;
            }
        }
    }

    /// <summary>False when <paramref name="word"/> is none of the vocabulary's words, ignoring case.</summary>
    public bool MayBe(ReadOnlySpan<char> word)
    {
        if ((_lengths & LengthBit(word.Length)) == 0)
        {
            return false;
        }

        // A word of the text past ASCII may fold to the vocabulary's.
        if (word[0] >= 128 || (word.Length > 1 && word[1] >= 128))
        {
            return true;
        }

        int pair = Pair(word);
        return (_pairs[pair >> 6] & (1UL << pair)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static int Pair(ReadOnlySpan<char> word) => (Class(word[0]) * Classes) + (word.Length > 1 ? Class(word[1]) : Classes - 1);

    private static int Class(char c)
    {
        int letter = (c | 0x20) - 'a';
        return (uint)letter <= 'z' - 'a' ? letter : 26 + (c & 3);
    }
}
