using System.Text;
using ImrParsing.Lexing;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.MedicationRules;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a medication request ("Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16") with the
/// <see cref="MedicationGrammar"/>: words that qualify the request, the drug (<see cref="MedicationNameReader"/>),
/// then the quantity, directions and refills.
/// </summary>
internal static class MedicationReader
{
    // The words that qualify a request before the drug, in the grammar's order.
    private static readonly TokenPhrases<bool> Qualifiers = new(MedicationGrammar.QualifierWords.Select(word => (word, true)));

    // The word that leads from directions to what follows them: "1 by mouth with 2 refills".
    private const string With = "with";

    // The word that ends the prefix "Two refills of".
    private const string Of = "of";

    // The most characters a label before a colon takes: "Topical compound cream:".
    private const int MaxLabelLength = 40;

    /// <summary>
    /// The medication <paramref name="request"/> asks for, its values spanning the source's words;
    /// null when <paramref name="needsStrength"/> and it states no strength ("50mg"), the mark of a
    /// medication whatever its name. The tokens of its quantity and directions (first and last) are
    /// added to <paramref name="prescription"/>: they are the medication's, not the request's quantities.
    /// </summary>
    public static MedicationDetails? Read(RequestText request, bool needsStrength, List<(int First, int Last)> prescription)
    {
        SourceWords? form = null;
        var words = request.Words;
        int start = SkipLabel(words, SkipQualifiers(request, SkipOfPrefix(words, SkipQualifiers(request, 0))));
        var drug = MedicationNameReader.Read(request, start, ref form, out int areaEnd);
        if (needsStrength && drug.Strength is null && !drug.Ingredients.Any(ingredient => ingredient.Strength is not null))
        {
            return null;
        }

        return ReadRest(request, start, areaEnd, form, drug, prescription);
    }

    // "Retrospective", "Post-op", "Compound" ...: the qualifier words that start at token `index`,
    // the first in the grammar's order at each token; returns the token after them.
    internal static int SkipQualifiers(RequestText request, int index)
    {
        while (index < request.Lexed.Count && Qualifier(request, index) is int last)
        {
            index = last + 1;
        }

        return index;
    }

    private static int? Qualifier(RequestText request, int index)
    {
        foreach (var (_, last) in Qualifiers.MatchesAt(request.Source, request.Lexed, index))
        {
            return last;
        }

        return null;
    }

    // "Two refills of", "Three months coverage of", "one month supply of", "One container of": a
    // number and at most three words of letters, then "of"; returns the token after "of", or `index`.
    internal static int SkipOfPrefix(LexedText words, int index)
    {
        if (!TokenNumbers.TryRead(words, index, out _, out int length))
        {
            return index;
        }

        // The letters left in the number's token ("3of", "2x") are its first word.
        int count = 0;
        var rest = words.Chars(index)[length..];
        if (!rest.IsEmpty)
        {
            if (Ascii.EqualsIgnoreCase(rest, Of))
            {
                return index + 1;
            }

            foreach (char c in rest)
            {
                if (!char.IsLetter(c))
                {
                    return index;
                }
            }

            count++;
        }

        for (int k = index + 1; k < words.Count && count <= 3; k++, count++)
        {
            var word = words.Chars(k);
            if (Ascii.EqualsIgnoreCase(word, Of))
            {
                return k + 1;
            }

            if (words.Tokens[k].Kind != TokenKind.Word)
            {
                return index;
            }
        }

        return index;
    }

    // "Topical compound cream: Flurbiprofen 20%/Lidocaine 5%": words of ASCII letters and hyphens
    // before a colon label the drug that follows; returns the token after the colon, or `index`.
    internal static int SkipLabel(LexedText words, int index)
    {
        int length = 0;
        for (int k = index; k < words.Count; k++)
        {
            length += k > index && words.SpaceBefore(k) ? 1 : 0;
            if (words.IsMark(k, ':'))
            {
                return length <= MaxLabelLength && k + 1 < words.Count && char.IsLetter(words.Chars(k + 1)[0]) ? k + 1 : index;
            }

            var word = words.Chars(k);
            length += word.Length;
            if (length > MaxLabelLength || word.ContainsAnyExcept(MedicationNameReader.BrandNameCharacters))
            {
                return index;
            }
        }

        return index;
    }

    // After the drug: the quantity, refills, a form not yet read and the directions, which run to the
    // next of the others. The drug's tokens are from `drugStart` to just before `areaEnd`.
    private static MedicationDetails ReadRest(RequestText request, int drugStart, int areaEnd, SourceWords? form, MedicationDetails drug, List<(int First, int Last)> prescription)
    {
        var words = request.Words;
        MedicationQuantity? quantity = null;
        Spanned<int>? refills = null;
        int directionsStart = -1;
        int directionsEnd = words.Count;
        int resume = 0;
        for (int index = 0; index < words.Count; index++)
        {
            if (index < resume || (index >= drugStart && index < areaEnd) || !MayLead(words.Chars(index)))
            {
                continue;
            }

            int last;
            bool stop = true;
            if (DateOfServiceReader.Read(request, index, out _, out last) is not null)
            {
            }
            else if (MedicationQuantityReader.Read(request, index, out last) is { } read)
            {
                if (quantity is null)
                {
                    quantity = read;
                    prescription.Add((index, last));
                }
            }
            else if (RefillsReader.Read(request, index) is { } stated)
            {
                refills ??= request.Spanned(stated.Value, stated.Number);
                last = stated.Last;
            }
            else if (index >= areaEnd && directionsStart < 0 && DirectionsReader.StartsAt(words, index))
            {
                directionsStart = index;
                last = index;
                stop = false;
            }
            else if (index >= areaEnd && directionsStart < 0 && form is null && DosageFormReader.Read(words, index) is { } named)
            {
                form = request.WordsFrom(named.First, named.Last);
                last = named.Last;
            }
            else
            {
                continue;
            }

            if (stop && directionsStart >= 0 && index > directionsStart && directionsEnd == words.Count)
            {
                directionsEnd = index;
            }

            resume = last + 1;
        }

        var directions = directionsStart >= 0 ? TrimDirections(words, directionsStart, directionsEnd) : null;
        if (directions is { } taken)
        {
            prescription.Add(taken);
        }

        return drug with
        {
            Form = form is { } formWords ? request.Value(formWords) : null,
            Quantity = quantity,
            Directions = directions is { } directionTokens ? request.Value(request.WordsFrom(directionTokens.First, directionTokens.Last)) : null,
            Refills = refills,
        };
    }

    // Directions end before the commas, semicolons and brackets, and the "with", that lead to what
    // follows them: of the tokens from `first` to just before `end`, the first and last they take; null when none is left.
    internal static (int First, int Last)? TrimDirections(LexedText words, int first, int end)
    {
        int last = end - 1;
        while (true)
        {
            while (last >= first && (words.IsMark(last, ',') || words.IsMark(last, ';') || words.IsMark(last, '(')))
            {
                last--;
            }

            if (last > first && words.SpaceBefore(last) && words.Tokens[last].Kind != TokenKind.Punctuation
                && words.Chars(last).Equals(With, StringComparison.OrdinalIgnoreCase))
            {
                last--;
                continue;
            }

            return last >= first ? (first, last) : null;
        }
    }
}
