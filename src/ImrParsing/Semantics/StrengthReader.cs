using ImrParsing.Lexing;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a strength ("10/325mg", "0.5%", "4%-27.5%-0.0325%", "10mg/1ml", "25mcg/hr") on a
/// request's tokens, with <see cref="MedicationGrammar"/>'s unit lists: a number's digits are the
/// leading ones of a token ("325" of "325mg"), a decimal's point and digits the tokens after a
/// whole number with no white space between, a unit the rest of the number's token ("mg") or the
/// next token ("%", " mg"), joiners a "/" or "-" between numbers with nothing around them. Where
/// the rule fails after reading part of a strength ("10mg/5 tabs", a joiner and number with no
/// unit after it) no strength is read. A strength always ends at a token's end.
/// </summary>
internal static class StrengthReader
{
    // The longest decimal number: longer runs of digits are no number.
    private const int MaxNumberLength = 12;

    // The units read inside the number's token ("10mg") and after white space ("10 mg"; "%" either way).
    private static readonly string[] UnitsInside = [.. StrengthUnits.Where(unit => unit[0] != ' ' && unit != "%")];
    private static readonly string[] UnitsAfterSpace = [.. StrengthUnits.Where(unit => unit[0] == ' ' && unit != " %").Select(unit => unit[1..])];

    private static readonly TokenPhraseList Per = new(PerUnits);

    /// <summary>The last token of the strength at token <paramref name="index"/> of <paramref name="words"/>, or -1 when none is there.</summary>
    public static int Read(LexedText words, int index)
    {
        if (!Numbers(words, index, out var end) || !Unit(words, end, out end))
        {
            return -1;
        }

        // A unit always ends its token.
        int last = end.Index;
        int per = words.IsMark(last + 1, '/') && !words.SpaceBefore(last + 1) ? Per.Match(words, last + 1) : -1;
        if (per >= 0)
        {
            last = per - 1;
        }
        else if (IsJoiner(words, end, '/'))
        {
            // "10mg/1ml": once a number follows the slash, the rule has read past the unit, and needs "ml".
            if (!Number(words, last + 2, out var volume) || !System.Text.Ascii.EqualsIgnoreCase(Rest(words, volume), PerVolume))
            {
                return -1;
            }

            last = volume.Index;
        }

        // "4%-27.5%": more strengths joined by hyphens, each with its unit.
        while (IsJoiner(words, new Place(last, words.Chars(last).Length), '-'))
        {
            if (!Numbers(words, last + 2, out end) || !Unit(words, end, out end))
            {
                return -1;
            }

            last = end.Index;
        }

        return last;
    }

    /// <summary>
    /// The last token of the numbers joined by slashes or hyphens ("10", "10/325", "7.5-325") at
    /// token <paramref name="index"/> of <paramref name="words"/>, when they end at a token's end;
    /// -1 when none are there or they end inside a token ("10mg").
    /// </summary>
    public static int NumbersLast(LexedText words, int index) =>
        Numbers(words, index, out var end) && end.Offset == words.Chars(end.Index).Length ? end.Index : -1;

    /// <summary>
    /// The decimal number ("7.5", "120"; "1." stops before the point) at token <paramref name="index"/>
    /// of <paramref name="words"/>: the token it ends in (<paramref name="last"/>) and how many of
    /// that token's characters it takes (<paramref name="length"/>); false when none is there.
    /// </summary>
    public static bool NumberEnd(LexedText words, int index, out int last, out int length)
    {
        bool read = Number(words, index, out var end);
        (last, length) = (end.Index, end.Offset);
        return read;
    }

    // A place in the tokens: `Offset` characters into token `Index`'s characters.
    private readonly record struct Place(int Index, int Offset);

    private static bool Numbers(LexedText words, int index, out Place end)
    {
        bool read = Number(words, index, out end);
        while (read && (IsJoiner(words, end, '/') || IsJoiner(words, end, '-')))
        {
            read = Number(words, end.Index + 2, out end);
        }

        return read;
    }

    // "7.5", "120": the digits token `index` starts with, a point and digits after a whole number with nothing between.
    private static bool Number(LexedText words, int index, out Place end)
    {
        end = default;
        if (index >= words.Count)
        {
            return false;
        }

        var chars = words.Chars(index);
        int digits = TokenNumbers.LeadingDigits(chars);
        int length = digits;
        end = new Place(index, digits);
        int after = index + 2;
        if (digits == chars.Length && after < words.Count && words.IsMark(index + 1, '.') && !words.SpaceBefore(index + 1)
            && !words.SpaceBefore(after) && char.IsAsciiDigit(words.Chars(after)[0]))
        {
            int fraction = TokenNumbers.LeadingDigits(words.Chars(after));
            length += 1 + fraction;
            end = new Place(after, fraction);
        }

        return digits > 0 && length <= MaxNumberLength;
    }

    // What is left of a token past a place.
    private static ReadOnlySpan<char> Rest(LexedText words, Place place) => words.Chars(place.Index)[place.Offset..];

    // A joiner is read only at a token's end, with a digit right after it ("5%/Amitriptyline" stops before the slash).
    private static bool IsJoiner(LexedText words, Place at, char joiner)
    {
        int mark = at.Index + 1;
        return at.Offset == words.Chars(at.Index).Length && words.IsMark(mark, joiner) && !words.SpaceBefore(mark)
            && mark + 1 < words.Count && !words.SpaceBefore(mark + 1) && char.IsAsciiDigit(words.Chars(mark + 1)[0]);
    }

    // "mg" as the rest of the number's token, or "%", " %", " mg" as the next token.
    private static bool Unit(LexedText words, Place at, out Place end)
    {
        var rest = Rest(words, at);
        if (!rest.IsEmpty)
        {
            end = new Place(at.Index, at.Offset + rest.Length);
            return IsOneOf(rest, UnitsInside);
        }

        int next = at.Index + 1;
        end = new Place(next, next < words.Count ? words.Chars(next).Length : 0);
        return words.IsMark(next, '%') || (words.SpaceBefore(next) && IsOneOf(words.Chars(next), UnitsAfterSpace));
    }

    private static bool IsOneOf(ReadOnlySpan<char> chars, string[] words)
    {
        foreach (string word in words)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(chars, word))
            {
                return true;
            }
        }

        return false;
    }
}
