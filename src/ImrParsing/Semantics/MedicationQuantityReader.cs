using System.Globalization;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a medication's quantity ("#60", "#1 box", "#60 grams", "240g", "120grams #1", "One
/// container") as the medication grammar states it, written by hand with its unit and container
/// words, and builds the <see cref="MedicationQuantity"/> with the source spans of its words. The
/// readers ask for one only where a token starts. As the grammar did, a number read commits it:
/// "240g #x" (a "#" with no number after it) and "60 boxes" (digits and no unit) read none.
/// </summary>
internal static class MedicationQuantityReader
{
    /// <summary>Where the quantity at <paramref name="at"/> of <paramref name="text"/> ends; -1 when none is there.</summary>
    public static int End(string text, int at) => Match(text, at, out var found) ? found.End : -1;

    /// <summary>The quantity at <paramref name="at"/> of <paramref name="request"/>'s text, its values spanning the source's words; null when none is there.</summary>
    public static MedicationQuantity? Read(RequestText request, int at, out int end)
    {
        if (!Match(request.Text, at, out var found))
        {
            end = at;
            return null;
        }

        end = found.End;
        return new MedicationQuantity
        {
            Text = request.Optional(new OffsetRange(at, found.End)),
            Count = found.Count is { } count ? request.Spanned(count, found.CountStart, found.CountEnd) : null,
            Amount = found.AmountStart < 0 ? null : request.Spanned(found.Amount, found.AmountStart, found.AmountEnd),
            Unit = found.Unit is { } unit ? request.Spanned(unit, found.UnitStart, found.UnitEnd) : null,
        };
    }

    // Where the words of a quantity are, as the rule reads them: what a reading of the text finds, not a value of the model.
    private record struct Found(int? Count, int CountStart, int CountEnd, decimal Amount, int AmountStart, int AmountEnd, string? Unit, int UnitStart, int UnitEnd, int End);

    private static bool Match(string text, int at, out Found found)
    {
        found = new Found(null, -1, -1, 0, -1, -1, null, -1, -1, -1);
        if (at >= text.Length)
        {
            return false;
        }

        if (text[at] == '#')
        {
            // "#60", "#60 grams", "#1 box": the number counts units, or is the amount when a unit follows.
            if (QuantityReader.NumberAt(text, Scan.SkipWhiteSpace(text, at + 1)) is not { } number)
            {
                return false;
            }

            int end = number.End;
            if (MeasureUnit(text, end, ref found))
            {
                found = found with { Amount = number.Value, AmountStart = number.Start, AmountEnd = end };
                end = found.UnitEnd;
            }
            else
            {
                found = found with { Count = number.Value, CountStart = number.Start, CountEnd = number.End };
            }

            int package = Scan.FirstKeyword(text, end, PackageWords);
            found = found with { End = package < 0 ? end : package };
            return true;
        }

        if (char.IsAsciiDigit(text[at]))
        {
            // "240g", "240 grams", "120grams #1": digits need a unit; a "#" after it needs its count.
            int amountEnd = StrengthReader.Number(text, at);
            if (amountEnd < 0 || !MeasureUnit(text, amountEnd, ref found))
            {
                return false;
            }

            decimal amount = decimal.Parse(text.AsSpan(at, amountEnd - at), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            found = found with { Amount = amount, AmountStart = at, AmountEnd = amountEnd, End = found.UnitEnd };
            int sign = ImrParsing.Text.Phrase.MatchLength(text.AsSpan(found.UnitEnd), " #");
            if (sign >= 0)
            {
                if (QuantityReader.NumberAt(text, found.UnitEnd + sign) is not { } count)
                {
                    return false;
                }

                found = found with { Count = count.Value, CountStart = count.Start, CountEnd = count.End, End = count.End };
            }

            return true;
        }

        // "One container": a number in words counts containers.
        if (QuantityReader.NumberAt(text, at) is not { } containers)
        {
            return false;
        }

        int containerEnd = Scan.FirstKeyword(text, containers.End, PackageWords);
        found = found with { Count = containers.Value, CountStart = containers.Start, CountEnd = containers.End, End = containerEnd };
        return containerEnd >= 0;
    }

    // "g", "grams", " ml": the unit's word, a space before it allowed; the first of the grammar's list.
    private static bool MeasureUnit(string text, int at, ref Found found)
    {
        int start = at < text.Length && CharSets.IsSpace(text[at]) ? Scan.SkipWhiteSpace(text, at) : at;
        var rest = text.AsSpan(start);
        foreach (var (word, unit) in MeasureUnits)
        {
            if (Parsers.Combinators.TextParsers.StartsWithKeyword(rest, word, out int length))
            {
                found = found with { Unit = unit, UnitStart = start, UnitEnd = start + length };
                return true;
            }
        }

        return false;
    }
}
