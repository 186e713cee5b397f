using System.Text;
using ImrParsing.Lexing;
using ImrParsing.Syntax;
using static ImrParsing.Semantics.InjectionGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a drug of an injection with its amount and strength where stated ("2cc of bupivacaine
/// 0.5%", "1 mL of Kenalog 40 mg/ml", "80mg Depo-Medrol", "triamcinolone (Kenalog) 40mg") on a
/// request's tokens, with the words of <see cref="InjectionGrammar"/> and <see cref="InjectionNames.Drugs"/>:
/// the amount's unit is the rest of its number's token ("2cc") or the next word ("1 mL"), the
/// strength is <see cref="StrengthReader"/>'s, and the <see cref="MedicationIngredient"/> is built
/// with the source spans of its words. As the grammar it replaced did (the benchmarks' baseline), an
/// amount read commits it ("80mg, Depo-Medrol" reads no drug), and so does a brand name in brackets
/// with no closing bracket.
/// </summary>
internal static class InjectionDrugReader
{
    private static readonly TokenPhraseList Drugs = new(InjectionNames.Drugs);

    // The word between an amount and its drug, without its spaces: "2cc of bupivacaine".
    private static readonly string Of = AmountOf.Trim();

    /// <summary>
    /// The drug at token <paramref name="index"/> of <paramref name="request"/>, its values spanning
    /// the source's words, and the last token it reads; null when none is there.
    /// </summary>
    public static MedicationIngredient? Read(RequestText request, int index, out int last)
    {
        var words = request.Words;
        last = index;
        int nameStart = index;
        int amountLast = -1;
        if (index < words.Count && StrengthReader.NumberEnd(words, index, out int number, out int length))
        {
            // "2cc of", "1 mL ", "80mg ": the unit, then "of" or white space, before the drug.
            amountLast = UnitLast(words, number, length);
            if (amountLast < 0 || !words.SpaceBefore(amountLast + 1))
            {
                return null;
            }

            nameStart = words.IsWord(amountLast + 1, Of) && words.SpaceBefore(amountLast + 2) ? amountLast + 2 : amountLast + 1;
        }

        int nameLast = Drugs.Match(words, nameStart) - 1;
        if (nameLast < 0)
        {
            return null;
        }

        // "triamcinolone (Kenalog)": a drug's name in brackets after it, closed.
        int open = nameLast + 1;
        int brand = words.SpaceBefore(open) && words.IsMark(open, BrandOpen[^1]) && !words.SpaceBefore(open + 1) ? Drugs.Match(words, open + 1) : -1;
        if (brand >= 0)
        {
            if (!words.IsMark(brand, BrandClose) || words.SpaceBefore(brand))
            {
                return null;
            }

            nameLast = brand;
        }

        last = nameLast;
        int strength = words.SpaceBefore(nameLast + 1) ? StrengthReader.Read(words, nameLast + 1) : -1;
        last = strength >= 0 ? strength : nameLast;
        return new MedicationIngredient
        {
            Drug = request.Value(request.WordsFrom(nameStart, nameLast)),
            Strength = strength >= 0 ? request.Value(request.WordsFrom(nameLast + 1, strength)) : null,
            Amount = amountLast >= 0 ? request.Value(request.WordsFrom(index, amountLast)) : null,
        };
    }

    // The last token of the amount's unit ("cc", " mL") after a number that takes `length` characters
    // of token `index`: the rest of that token, or the next word after white space; -1 when none follows.
    private static int UnitLast(LexedText words, int index, int length)
    {
        var rest = words.Chars(index)[length..];
        int at = index;
        if (rest.IsEmpty)
        {
            at = index + 1;
            if (!words.SpaceBefore(at))
            {
                return -1;
            }

            rest = words.Chars(at);
        }

        foreach (string unit in AmountUnits)
        {
            if (Ascii.EqualsIgnoreCase(rest, unit))
            {
                return at;
            }
        }

        return -1;
    }
}
