using System.Globalization;
using ImrParsing.Lexing;
using ImrParsing.Syntax;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a medication's quantity ("#60", "#1 box", "#60 grams", "240g", "120grams #1", "One
/// container") as the medication grammar states it, on a request's tokens, with its unit and
/// container words, and builds the <see cref="MedicationQuantity"/> with the source spans of its
/// words. A number may end inside its token ("240g", "#60mg"): a unit is then the rest of that
/// token, and the number spans its own characters. As the grammar did, a number read commits it:
/// "240g #x" (a "#" with no number after it) and "60 boxes" (digits and no unit) read none.
/// </summary>
internal static class MedicationQuantityReader
{
    // The longest decimal number (TextParsers.DecimalNumber's): longer runs of digits are no number.
    private const int MaxNumberLength = 12;

    // The containers a quantity counts, which follow it after white space: their words without it.
    private static readonly string[] Packages = [.. PackageWords.Select(word => word.TrimStart())];

    /// <summary>True when a quantity is stated at token <paramref name="index"/> of <paramref name="request"/>.</summary>
    public static bool IsAt(RequestText request, int index) => Match(request, index, out _);

    /// <summary>
    /// The quantity at token <paramref name="index"/> of <paramref name="request"/>, its values
    /// spanning the source's words, and the last token it reads; null when none is there.
    /// </summary>
    public static MedicationQuantity? Read(RequestText request, int index, out int last)
    {
        if (!Match(request, index, out var found))
        {
            last = index;
            return null;
        }

        last = found.Last;
        return new MedicationQuantity
        {
            Text = request.Value(new SourceWords(request.Lexed.Tokens[index].Start, found.End)),
            Count = found.Count is { } count ? request.Spanned(count, found.CountWords) : null,
            Amount = found.Amount is { } amount ? request.Spanned(amount, found.AmountWords) : null,
            Unit = found.Unit is { } unit ? request.Spanned(unit, found.UnitWords) : null,
        };
    }

    // Where the words of a quantity are, as the rule reads them: what a reading finds, not a value of the model.
    private record struct Found(int? Count, SourceWords CountWords, decimal? Amount, SourceWords AmountWords, string? Unit, SourceWords UnitWords, int End, int Last);

    private static bool Match(RequestText request, int index, out Found found)
    {
        found = default;
        var words = request.Words;
        if (index >= words.Count)
        {
            return false;
        }

        if (words.IsMark(index, '#'))
        {
            // "#60", "#60 grams", "#1 box": the number counts units, or is the amount when a unit follows.
            int at = index + 1;
            if (!TokenNumbers.TryRead(words, at, out int value, out int length))
            {
                return false;
            }

            var number = request.Inside(at, 0, length);
            if (MeasureUnit(request, at, length, ref found))
            {
                found = found with { Amount = value, AmountWords = number };
            }
            else
            {
                found = found with { Count = value, CountWords = number, End = number.End, Last = at };
            }

            // "#1 box": a container after white space, where the number or unit ends its token.
            bool ended = found.End == words.Tokens[found.Last].End;
            if (ended && words.SpaceBefore(found.Last + 1) && IsPackage(words, found.Last + 1))
            {
                found = found with { End = words.Tokens[found.Last + 1].End, Last = found.Last + 1 };
            }

            return true;
        }

        var chars = words.Chars(index);
        if (char.IsAsciiDigit(chars[0]))
        {
            // "240g", "240 grams", "120grams #1": digits need a unit; a "#" after it needs its count.
            if (!Decimal(request, index, out decimal amount, out var amountWords, out int numberLast, out int numberLength)
                || !MeasureUnit(request, numberLast, numberLength, ref found))
            {
                return false;
            }

            found = found with { Amount = amount, AmountWords = amountWords };
            int sign = found.Last + 1;
            if (words.SpaceBefore(sign) && words.IsMark(sign, '#'))
            {
                int at = sign + 1;
                if (words.SpaceBefore(at) || !TokenNumbers.TryRead(words, at, out int count, out int length))
                {
                    return false;
                }

                var counted = request.Inside(at, 0, length);
                found = found with { Count = count, CountWords = counted, End = counted.End, Last = at };
            }

            return true;
        }

        // "One container": a number in words counts containers.
        if (!TokenNumbers.TryRead(words, index, out int containers, out _) || !words.SpaceBefore(index + 1) || !IsPackage(words, index + 1))
        {
            return false;
        }

        found = found with { Count = containers, CountWords = request.WordsFrom(index, index), End = words.Tokens[index + 1].End, Last = index + 1 };
        return true;
    }

    // "240", "106.32": the digits token `index` starts with, and a point and digits after a whole number
    // with nothing between; its value and words, the token it ends in and how many of its characters it takes.
    private static bool Decimal(RequestText request, int index, out decimal value, out SourceWords number, out int last, out int length)
    {
        value = 0;
        number = default;
        var words = request.Words;
        var chars = words.Chars(index);
        int digits = TokenNumbers.LeadingDigits(chars);
        last = index;
        length = digits;
        int fraction = -1;
        int after = index + 2;
        if (digits == chars.Length && after < words.Count && words.IsMark(index + 1, '.') && !words.SpaceBefore(index + 1)
            && !words.SpaceBefore(after) && char.IsAsciiDigit(words.Chars(after)[0]))
        {
            fraction = TokenNumbers.LeadingDigits(words.Chars(after));
            last = after;
            length = fraction;
        }

        if (digits + (fraction < 0 ? 0 : fraction + 1) > MaxNumberLength)
        {
            return false;
        }

        Span<char> text = stackalloc char[MaxNumberLength];
        chars[..digits].CopyTo(text);
        int written = digits;
        if (fraction >= 0)
        {
            text[written++] = '.';
            words.Chars(after)[..fraction].CopyTo(text[written..]);
            written += fraction;
        }

        value = decimal.Parse(text[..written], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        number = new SourceWords(words.Tokens[index].Start, request.Inside(last, 0, length).End);
        return true;
    }

    // "g", "grams", " ml": the unit's word after a number that ends `length` characters into token
    // `index`: the rest of that token, or the next token after white space; the first of the grammar's list.
    private static bool MeasureUnit(RequestText request, int index, int length, ref Found found)
    {
        var words = request.Words;
        bool inside = length < words.Chars(index).Length;
        int at = inside ? index : index + 1;
        if (!inside && !words.SpaceBefore(at))
        {
            return false;
        }

        var word = words.Chars(at)[(inside ? length : 0)..];
        foreach (var (unitWord, unit) in MeasureUnits)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(word, unitWord))
            {
                var unitWords = inside ? request.Inside(at, length, words.Chars(at).Length) : request.WordsFrom(at, at);
                found = found with { Unit = unit, UnitWords = unitWords, End = unitWords.End, Last = at };
                return true;
            }
        }

        return false;
    }

    private static bool IsPackage(LexedText words, int index)
    {
        foreach (string package in Packages)
        {
            if (words.IsWord(index, package))
            {
                return true;
            }
        }

        return false;
    }
}
