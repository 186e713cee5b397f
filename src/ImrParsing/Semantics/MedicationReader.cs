using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static ImrParsing.Semantics.MedicationRules;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a medication request ("Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16") with the
/// <see cref="MedicationGrammar"/>: words that qualify the request, the drug (<see cref="MedicationNameReader"/>),
/// then the quantity, directions and refills.
/// </summary>
internal static class MedicationReader
{
    public static MedicationReading Read(string text, ReadOnlySpan<Token> tokens, ValueMaker values)
    {
        var reading = new MedicationReading();
        int start = SkipLabel(text, SkipQualifiers(text, SkipOfPrefix(text, SkipQualifiers(text, 0))));
        int areaEnd = MedicationNameReader.ReadIngredients(text, start, reading);
        ReadRest(text, tokens, start, areaEnd, reading, values);
        return reading;
    }

    // "Retrospective", "Post-op", "Compound" ...
    private static int SkipQualifiers(string text, int at)
    {
        while (at < text.Length && QualifierEnd(text, at) is int end and >= 0)
        {
            at = Scan.SkipSpace(text, end);
        }

        return at;
    }

    // Where the first qualifier word at `at` ends, as whole words; -1 when none is there.
    private static int QualifierEnd(string text, int at)
    {
        var rest = text.AsSpan(at);
        foreach (string word in MedicationGrammar.QualifierWords)
        {
            if (TextParsers.StartsWithKeyword(rest, word, out int length))
            {
                return at + length;
            }
        }

        return -1;
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
    private static void ReadRest(string text, ReadOnlySpan<Token> tokens, int drugStart, int areaEnd, MedicationReading reading, ValueMaker values)
    {
        int directionsStart = -1;
        int directionsEnd = text.Length;
        int resume = 0;
        foreach (var token in tokens)
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
            else if (MedicationQuantityReader.Read(text, i, values, out end) is { } quantity)
            {
                if (reading.Quantity is null)
                {
                    reading.Quantity = quantity;
                    reading.QuantityRange = new OffsetRange(i, end);
                }
            }
            else if (RefillsReader.Read(text, i, out end) is { } refills)
            {
                reading.Refills ??= values.Spanned(refills.Value, new OffsetRange(refills.Start, refills.End));
            }
            else if (i >= areaEnd && directionsStart < 0 && DirectionsReader.StartsAt(text, i))
            {
                directionsStart = i;
                end = i + 1;
                stop = false;
            }
            else if (i >= areaEnd && directionsStart < 0 && reading.Form is null && DosageFormReader.Read(text, i) is { } form)
            {
                reading.Form = form;
                end = form.End;
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

        if (directionsStart >= 0)
        {
            reading.Directions = TrimDirections(text, directionsStart, directionsEnd);
        }
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
