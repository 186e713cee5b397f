using System.Text;
using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

/// <summary>
/// The number a token of a request starts with, as the quantity rules read one: one to three ASCII
/// digits (the token's leading ones: the "60" of "60mg", the "2" of "2x4"), or a whole word naming
/// a number ("Twelve"). More digits are no number.
/// </summary>
internal static class TokenNumbers
{
    /// <summary>
    /// True when token <paramref name="index"/> of <paramref name="words"/> starts with a number: its
    /// value, and how many of the token's characters it takes (all of them for a word).
    /// </summary>
    public static bool TryRead(LexedText words, int index, out int value, out int length)
    {
        value = length = 0;
        if (index >= words.Count || words.Tokens[index].Kind == TokenKind.Punctuation)
        {
            return false;
        }

        var chars = words.Chars(index);
        int digits = 0;
        while (digits < chars.Length && char.IsAsciiDigit(chars[digits]))
        {
            value = (value * 10) + (chars[digits++] - '0');
        }

        if (digits > 0)
        {
            length = digits;
            return digits <= 3;
        }

        // Number words are ASCII: a letter that folds to one ("ſix") makes no number.
        if (char.IsLetter(chars[0]) && Ascii.IsValid(chars) && QuantityReader.NumberWordValues.TryGetValue(chars, out value))
        {
            length = chars.Length;
            return true;
        }

        return false;
    }
}
