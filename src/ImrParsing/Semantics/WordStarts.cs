namespace ImrParsing.Semantics;

/// <summary>
/// A check before a lookup ignoring case: whether a word may be one of a vocabulary's by its length
/// and its first two characters (ASCII letters folded), so that most of a text's words ("the",
/// "of", numbers) are not hashed. It may say yes to a word the vocabulary lacks, never no to one it holds.
/// </summary>
internal sealed class WordStarts
{
    // Letters fold to 0..25, other ASCII characters share 26..31; a one-character word's second is 31.
    private const int Classes = 32;

    private readonly ulong[] _pairs = new ulong[Classes * Classes / 64];
    private readonly ulong _lengths;

    // Past ASCII, case folding has surprises ("ſ" is "S" ignoring case): a vocabulary word that starts there turns the check off.
    private readonly bool _always;

    public WordStarts(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (string word in words)
        {
            if (word.Length == 0 || word[0] >= 128 || (word.Length > 1 && word[1] >= 128))
            {
                _always = true;
                continue;
            }

            int pair = Pair(word);
            _pairs[pair >> 6] |= 1UL << pair;
            _lengths |= LengthBit(word.Length);
        }
    }

    /// <summary>False when <paramref name="word"/> is none of the vocabulary's words, ignoring case.</summary>
    public bool MayBe(ReadOnlySpan<char> word)
    {
        if (_always || word.Length == 0 || word[0] >= 128 || (word.Length > 1 && word[1] >= 128))
        {
            return true;
        }

        int pair = Pair(word);
        return (_lengths & LengthBit(word.Length)) != 0 && (_pairs[pair >> 6] & (1UL << pair)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static int Pair(ReadOnlySpan<char> word) => (Class(word[0]) * Classes) + (word.Length > 1 ? Class(word[1]) : Classes - 1);

    private static int Class(char c)
    {
        int letter = (c | 0x20) - 'a';
        return (uint)letter <= 'z' - 'a' ? letter : 26 + (c % 6);
    }
}
