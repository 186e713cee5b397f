using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ImrParsing.Text;

namespace ImrParsing.Tokenizing;

/// <summary>
/// The first characters of a text that are not space, ASCII letters folded to lower case, a byte
/// each (the folded character's low byte): what a line must begin with for a rule's phrase to
/// match it. <see cref="Phrase.MatchLength(ReadOnlySpan{char}, ReadOnlySpan{char}, bool)"/> skips
/// only space (any run where the phrase has one, one inside a word, one before a colon) and compares
/// every other character ignoring ASCII case, so a text it matches has the phrase's characters that
/// are not space, in order, before any other: "The Final ..." and "The expert ..." differ at their
/// fourth, "INDEP ENDENT" and "INDEPENDENT" do not.
/// </summary>
internal readonly struct PhrasePrefix
{
    // How many characters a prefix holds, and how far into a text it reads for them: a text with
    // longer space in its first characters gets a shorter prefix, which rules out fewer phrases.
    private const int Length = 8;
    private const int Reach = 32;

    private readonly ulong _key;
    private readonly ulong _mask;

    // `mask` has a byte of ones for each character of `key`, from the lowest.
    private PhrasePrefix(ulong key, ulong mask)
    {
        _key = key;
        _mask = mask;
    }

    /// <summary>The prefix of <paramref name="text"/>, a phrase or the text at a place.</summary>
    public static PhrasePrefix Of(ReadOnlySpan<char> text) =>
        Bmi2.X64.IsSupported && Vector128.IsHardwareAccelerated && text.Length >= Length ? OfFirstEight(text) : OfEach(text);

    // The characters that are not space among the first eight, when all eight are visible ASCII or
    // space: folded and gathered in a few instructions, without a branch a character. A line's first
    // eight nearly always are; the rest take OfEach.
    private static PhrasePrefix OfFirstEight(ReadOnlySpan<char> text)
    {
        var chars = Vector128.Create(MemoryMarshal.Cast<char, ushort>(text));
        if (!Vector128.LessThanAll(chars - Vector128.Create((ushort)' '), Vector128.Create((ushort)(0x80 - ' '))))
        {
            return OfEach(text);
        }

        var bytes = Vector128.Narrow(chars, chars);
        var upper = Vector128.LessThan(bytes - Vector128.Create((byte)'A'), Vector128.Create((byte)26));
        var folded = bytes | (upper & Vector128.Create((byte)0x20));
        ulong visible = (~Vector128.Equals(bytes, Vector128.Create((byte)' '))).AsUInt64().ToScalar();
        return new PhrasePrefix(Bmi2.X64.ParallelBitExtract(folded.AsUInt64().ToScalar(), visible), Bmi2.X64.ParallelBitExtract(ulong.MaxValue, visible));
    }

    private static PhrasePrefix OfEach(ReadOnlySpan<char> text)
    {
        ulong key = 0;
        int count = 0;
        int reach = Math.Min(text.Length, Reach);
        for (int i = 0; i < reach && count < Length; i++)
        {
            char c = text[i];
            if (!CharSets.IsSpace(c))
            {
                key |= (ulong)(byte)CharSets.ToLowerAscii(c) << (8 * count);
                count++;
            }
        }

        return new PhrasePrefix(key, count == Length ? ulong.MaxValue : (1UL << (8 * count)) - 1);
    }

    /// <summary>False when a text with this prefix cannot start with the phrase of <paramref name="phrase"/>: their characters differ where both have one.</summary>
    public bool Fits(PhrasePrefix phrase) => ((_key ^ phrase._key) & _mask & phrase._mask) == 0;
}
