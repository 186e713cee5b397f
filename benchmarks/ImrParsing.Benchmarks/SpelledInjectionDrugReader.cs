using System.Buffers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.InjectionGrammar;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A drug of an injection with its amount and strength ("2cc of bupivacaine 0.5%", "80mg
/// Depo-Medrol", "triamcinolone (Kenalog) 40mg") read by hand over a request's spelled text, before
/// <see cref="InjectionDrugReader"/> read the source's tokens: held to the Pidgin rule
/// (<see cref="PidginInjectionDrug"/>) and the reference of the token reader's tests.
/// </summary>
internal static class SpelledInjectionDrugReader
{
    // The first letters of the drugs' names, in both cases: elsewhere no name starts, and the list is not tried.
    private static readonly SearchValues<char> NameStarts = SearchValues.Create(
        string.Concat(InjectionNames.Drugs.Select(name => char.ToLowerInvariant(name[0]).ToString() + char.ToUpperInvariant(name[0]))));

    /// <summary>The drug at <paramref name="at"/> of <paramref name="request"/>'s text, its values spanning the source's words; null when none is there.</summary>
    public static MedicationIngredient? Read(SpelledRequestText request, int at, out int end)
    {
        string text = request.Text;
        end = at;
        int nameStart = at;
        int amountEnd = -1;
        if (SpelledStrengthReader.Number(text, at) is int number and >= 0)
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

        int nameEnd = nameStart < text.Length && NameStarts.Contains(text[nameStart]) ? SpelledScan.FirstKeyword(text, nameStart, InjectionNames.Drugs.AsSpan()) : -1;
        if (nameEnd < 0)
        {
            return null;
        }

        // "triamcinolone (Kenalog)": a drug's name in brackets after it, closed.
        int open = Phrase.MatchLength(text.AsSpan(nameEnd), BrandOpen);
        if (open >= 0 && SpelledScan.FirstKeyword(text, nameEnd + open, InjectionNames.Drugs.AsSpan()) is int brand and >= 0)
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
        if (space >= 0 && SpelledStrengthReader.Read(text, nameEnd + space) is { } read)
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
        int start = at < text.Length && CharSets.IsSpace(text[at]) ? SpelledScan.SkipWhiteSpace(text, at) : at;
        return SpelledScan.FirstKeyword(text, start, AmountUnits);
    }
}
