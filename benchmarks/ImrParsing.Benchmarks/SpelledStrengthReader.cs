using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The strength ("10/325mg", "0.5%", "4%-27.5%-0.0325%", "10mg/1ml", "25mcg/hr") read by hand over
/// a request's spelled text, as <see cref="PidginMedicationGrammar.Strength"/> states it, before it
/// read the source's tokens (<see cref="StrengthReader"/>): the reference of its tests. Where the
/// grammar fails after reading part of a strength ("10mg/5 tabs") this fails too.
/// </summary>
internal static class SpelledStrengthReader
{
    // DecimalNumber's longest number: longer runs of digits are no number.
    private const int MaxNumberLength = 12;

    /// <summary>The strength at <paramref name="at"/> of <paramref name="text"/>: its range, or null.</summary>
    public static OffsetRange? Read(string text, int at)
    {
        int end = Numbers(text, at);
        if (end < 0 || (end = Unit(text, end)) < 0)
        {
            return null;
        }

        if (PerUnit(text, end) is int per)
        {
            end = per;
        }
        else if (IsJoiner(text, end, '/'))
        {
            // "10mg/1ml": once a number follows the slash, the grammar has read past the unit, and needs "ml".
            int volume = Number(text, end + 1);
            if (volume < 0 || !TextParsers.StartsWithKeyword(text.AsSpan(volume), PerVolume, out int length))
            {
                return null;
            }

            end = volume + length;
        }

        // "4%-27.5%": more strengths joined by hyphens, each with its unit.
        while (IsJoiner(text, end, '-'))
        {
            int next = Numbers(text, end + 1);
            if (next < 0 || (next = Unit(text, next)) < 0)
            {
                return null;
            }

            end = next;
        }

        return new OffsetRange(at, end);
    }

    /// <summary>
    /// Where numbers joined by slashes or hyphens ("10", "10/325", "7.5-325") that start at
    /// <paramref name="at"/> end (<see cref="PidginMedicationGrammar.Numbers"/>); -1 when none does.
    /// </summary>
    public static int Numbers(string text, int at)
    {
        int end = Number(text, at);
        while (end >= 0 && (IsJoiner(text, end, '/') || IsJoiner(text, end, '-')))
        {
            end = Number(text, end + 1);
        }

        return end;
    }

    /// <summary>Where the decimal number (<see cref="TextParsers.DecimalNumber"/>: "7.5", "120"; "1." stops before the point) at <paramref name="at"/> ends, or -1.</summary>
    internal static int Number(string text, int at)
    {
        int end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end > at && end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        return end == at || end - at > MaxNumberLength ? -1 : end;
    }

    // A joiner is read only where a digit follows it ("5%/Amitriptyline" stops before the slash).
    private static bool IsJoiner(string text, int at, char joiner) =>
        at + 1 < text.Length && text[at] == joiner && char.IsAsciiDigit(text[at + 1]);

    private static int Unit(string text, int at)
    {
        if (at < text.Length && text[at] == '%')
        {
            return at + 1;
        }

        return FirstKeyword(text, at, StrengthUnits) ?? -1;
    }

    private static int? PerUnit(string text, int at) =>
        at < text.Length && text[at] == '/' ? FirstKeyword(text, at, PerUnits) : null;

    // Where the first of `words` that the text goes on with as whole words ends.
    private static int? FirstKeyword(string text, int at, string[] words)
    {
        var rest = text.AsSpan(at);
        foreach (string word in words)
        {
            if (TextParsers.StartsWithKeyword(rest, word, out int length))
            {
                return at + length;
            }
        }

        return null;
    }
}
