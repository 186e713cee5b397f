using System.Buffers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.InjectionGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a drug of an injection with its amount and strength where stated ("2cc of bupivacaine
/// 0.5%", "1 mL of Kenalog 40 mg/ml", "80mg Depo-Medrol", "triamcinolone (Kenalog) 40mg") with the
/// words of <see cref="InjectionGrammar"/> and <see cref="InjectionNames.Drugs"/>, written by hand:
/// the strength is <see cref="StrengthReader"/>'s, and the <see cref="MedicationIngredient"/> is
/// built with the source spans of its words. As the grammar it replaced did (the benchmarks'
/// baseline), an amount read commits it ("80mg, Depo-Medrol" reads no drug), and so does a brand
/// name in brackets with no closing bracket.
/// </summary>
internal static class InjectionDrugReader
{
    // The first letters of the drugs' names, in both cases: elsewhere no name starts, and the list is not tried.
    private static readonly SearchValues<char> NameStarts = SearchValues.Create(
        string.Concat(InjectionNames.Drugs.Select(name => char.ToLowerInvariant(name[0]).ToString() + char.ToUpperInvariant(name[0]))));

    /// <summary>The drug at <paramref name="at"/> of <paramref name="request"/>'s text, its values spanning the source's words; null when none is there.</summary>
    public static MedicationIngredient? Read(RequestText request, int at, out int end)
    {
        string text = request.Text;
        end = at;
        int nameStart = at;
        int amountEnd = -1;
        if (StrengthReader.Number(text, at) is int number and >= 0)
        {
            // "2cc of", "1 mL ", "80mg ": the unit, then "of" or a space.
            amountEnd = UnitEnd(text, number);
            if (amountEnd < 0)
            {
                return null;
            }

            int of = Phrase.MatchLength(text.AsSpan(amountEnd), AmountOf);
            if (of < 0 && (of = Phrase.MatchLength(text.AsSpan(amountEnd), " ")) < 0)
            {
                return null;
            }

            nameStart = amountEnd + of;
        }

        int nameEnd = nameStart < text.Length && NameStarts.Contains(text[nameStart]) ? Scan.FirstKeyword(text, nameStart, InjectionNames.Drugs.AsSpan()) : -1;
        if (nameEnd < 0)
        {
            return null;
        }

        // "triamcinolone (Kenalog)": a drug's name in brackets after it, closed.
        int open = Phrase.MatchLength(text.AsSpan(nameEnd), BrandOpen);
        if (open >= 0 && Scan.FirstKeyword(text, nameEnd + open, InjectionNames.Drugs.AsSpan()) is int brand and >= 0)
        {
            if (brand >= text.Length || text[brand] != BrandClose)
            {
                return null;
            }

            nameEnd = brand + 1;
        }

        end = nameEnd;
        OffsetRange? strength = null;
        int space = Phrase.MatchLength(text.AsSpan(nameEnd), " ");
        if (space >= 0 && StrengthReader.Read(text, nameEnd + space) is { } read)
        {
            strength = read;
            end = read.End;
        }

        return new MedicationIngredient
        {
            Drug = request.Value(new OffsetRange(nameStart, nameEnd)),
            Strength = request.Optional(strength),
            Amount = amountEnd < 0 ? null : request.Optional(new OffsetRange(at, amountEnd)),
        };
    }

    // Where the amount's unit ("cc", " mL") after its number ends, as whole words; -1 when none follows.
    private static int UnitEnd(string text, int at)
    {
        int start = at < text.Length && CharSets.IsSpace(text[at]) ? Scan.SkipWhiteSpace(text, at) : at;
        return Scan.FirstKeyword(text, start, AmountUnits);
    }
}
