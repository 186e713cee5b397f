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
    // The word between a range's numbers: "two to three".
    private const string To = "to";

    /// <summary>
    /// True when token <paramref name="index"/> of <paramref name="words"/> starts with a number: its
    /// value, and how many of the token's characters it takes (all of them for a word).
    /// </summary>
    public static bool TryRead(LexedText words, int index, out int value, out int length)
    {
        value = length = 0;
        return index < words.Count && TryRead(words.Chars(index), out value, out length);
    }

    /// <summary>True when <paramref name="chars"/>, a token's or what is left of one, start with a number: its value and length.</summary>
    public static bool TryRead(ReadOnlySpan<char> chars, out int value, out int length)
    {
        value = length = 0;
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
        if (!chars.IsEmpty && char.IsLetter(chars[0]) && Ascii.IsValid(chars) && QuantityReader.NumberWordValues.TryGetValue(chars, out value))
        {
            length = chars.Length;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The last token of the amount ("4", "Twelve", "1-2", "6\u20138", "two to three") at token
    /// <paramref name="index"/> of <paramref name="words"/> when it ends at a token's end; -1 when no
    /// amount is there, or it ends inside a token ("2x4"). A range's joiner read, its second number must follow.
    /// </summary>
    public static int WholeAmountLast(LexedText words, int index)
    {
        if (!IsWhole(words, index))
        {
            return -1;
        }

        // "1-2", "6\u20138": a dash and digits, nothing between; "two to three": "to" and a number, white space between.
        int high = index + 2;
        bool dashed = high < words.Count && (words.IsMark(index + 1, '-') || words.IsMark(index + 1, '\u2013'))
            && !words.SpaceBefore(index + 1) && !words.SpaceBefore(high) && char.IsAsciiDigit(words.Chars(high)[0]);
        bool spelled = !dashed && words.SpaceBefore(index + 1) && words.IsWord(index + 1, To) && words.SpaceBefore(high)
            && TryRead(words, high, out _, out _);
        if (!dashed && !spelled)
        {
            return index;
        }

        return IsWhole(words, high) ? high : -1;
    }

    /// <summary>How many ASCII digits <paramref name="chars"/> start with.</summary>
    public static int LeadingDigits(ReadOnlySpan<char> chars)
    {
        int digits = 0;
        while (digits < chars.Length && char.IsAsciiDigit(chars[digits]))
        {
            digits++;
        }

        return digits;
    }

    // A number that takes the whole token.
    private static bool IsWhole(LexedText words, int index) =>
        TryRead(words, index, out _, out int length) && length == words.Chars(index).Length;
}
