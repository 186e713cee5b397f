using ImrParsing.Parsers.Combinators;
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

    /// <summary>
    /// The medication <paramref name="request"/> asks for, its values spanning the source's words;
    /// null when <paramref name="needsStrength"/> and it states no strength ("50mg"), the mark of a
    /// medication whatever its name. Where its quantity and directions are in the spelled text is
    /// added to <paramref name="prescription"/>: they are the medication's, not the request's quantities.
    /// </summary>
    public static MedicationDetails? Read(RequestText request, bool needsStrength, List<OffsetRange> prescription)
    {
        string text = request.Text;
        OffsetRange? form = null;
        int start = SkipLabel(text, SkipQualifiers(request, SkipOfPrefix(text, SkipQualifiers(request, 0))));
        var drug = MedicationNameReader.Read(request, start, ref form, out int areaEnd);
        if (needsStrength && drug.Strength is null && !drug.Ingredients.Any(ingredient => ingredient.Strength is not null))
        {
            return null;
        }

        return ReadRest(request, start, areaEnd, form, drug, prescription);
    }

    // "Retrospective", "Post-op", "Compound" ...: the qualifier words that start at `at` of the spelled
    // text, matched on the source's tokens, the first in the grammar's order at each token; returns where they end.
    internal static int SkipQualifiers(RequestText request, int at)
    {
        int index = request.TokenStartingAt(at);
        if (index < 0)
        {
            return at;
        }

        int next = index;
        while (next < request.Lexed.Count && Qualifier(request, next) is int last)
        {
            next = last + 1;
        }

        return next == index ? at : next < request.Lexed.Count ? request.Tokens[next].Start : request.Text.Length;
    }

    private static int? Qualifier(RequestText request, int index)
    {
        foreach (var (_, last) in Qualifiers.MatchesAt(request.Source, request.Lexed, index))
        {
            return last;
        }

        return null;
    }

    // "Two refills of", "Three months coverage of", "one month supply of", "One container of": a number and at most three words, then "of".
    private static int SkipOfPrefix(string text, int at)
    {
        if (QuantityReader.NumberAt(text, at) is not { } number)
        {
            return at;
        }

        int end = number.End;

        int words = 0;
        int i = Scan.SkipSpace(text, end);
        while (i < text.Length && words <= 3 && char.IsLetter(text[i]))
        {
            if (TextParsers.StartsWithKeyword(text.AsSpan(i), "of", out int length))
            {
                return Scan.SkipSpace(text, i + length);
            }

            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            i = Scan.SkipSpace(text, i);
            words++;
        }

        return at;
    }

    // "Topical compound cream: Flurbiprofen 20%/Lidocaine 5%": words before a colon label the drug that follows.
    private static int SkipLabel(string text, int at)
    {
        int colon = text.IndexOf(':', at);
        if (colon < 0 || colon - at > 40 || text.AsSpan(at, colon - at).ContainsAnyExcept(MedicationNameReader.BrandNameCharacters))
        {
            return at;
        }

        int next = Scan.SkipSpace(text, colon + 1);
        return next < text.Length && char.IsLetter(text[next]) ? next : at;
    }

    // After the drug: the quantity, refills, a form not yet read and the directions, which run to the next of the others.
    private static MedicationDetails ReadRest(RequestText request, int drugStart, int areaEnd, OffsetRange? form, MedicationDetails drug, List<OffsetRange> prescription)
    {
        string text = request.Text;
        MedicationQuantity? quantity = null;
        Spanned<int>? refills = null;
        int directionsStart = -1;
        int directionsEnd = text.Length;
        int resume = 0;
        foreach (var token in request.Tokens)
        {
            int i = token.Start;
            if (i < resume || (i >= drugStart && i < areaEnd) || !MayLead(text.AsSpan(token.Start, token.Length)))
            {
                continue;
            }

            int end;
            bool stop = true;
            if (DateOfServiceReader.Read(text, i, out _, out _, out end) is not null)
            {
            }
            else if (MedicationQuantityReader.Read(request, i, out end) is { } read)
            {
                if (quantity is null)
                {
                    quantity = read;
                    prescription.Add(new OffsetRange(i, end));
                }
            }
            else if (RefillsReader.Read(text, i, out end) is { } stated)
            {
                refills ??= request.Spanned(stated.Value, stated.Start, stated.End);
            }
            else if (i >= areaEnd && directionsStart < 0 && DirectionsReader.StartsAt(text, i))
            {
                directionsStart = i;
                end = i + 1;
                stop = false;
            }
            else if (i >= areaEnd && directionsStart < 0 && form is null && DosageFormReader.Read(text, i) is { } named)
            {
                form = named;
                end = named.End;
            }
            else
            {
                continue;
            }

            if (stop && directionsStart >= 0 && i > directionsStart && directionsEnd == text.Length)
            {
                directionsEnd = i;
            }

            resume = end;
        }

        var directions = directionsStart >= 0 ? TrimDirections(text, directionsStart, directionsEnd) : null;
        if (directions is { } taken)
        {
            prescription.Add(taken);
        }

        return drug with
        {
            Form = request.Optional(form),
            Quantity = quantity,
            Directions = request.Optional(directions),
            Refills = refills,
        };
    }

    // Directions end before the comma and the "with" that lead to what follows them.
    private static OffsetRange? TrimDirections(string text, int start, int end)
    {
        while (true)
        {
            while (end > start && text[end - 1] is ' ' or ',' or ';' or '(')
            {
                end--;
            }

            if (end - 4 > start && text.AsSpan(end - 5, 5).Equals(" with", StringComparison.OrdinalIgnoreCase))
            {
                end -= 5;
                continue;
            }

            return end > start ? new OffsetRange(start, end) : null;
        }
    }
}
