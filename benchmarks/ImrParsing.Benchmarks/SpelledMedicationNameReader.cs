using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.MedicationRules;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The drug of a medication request (its name, strength and form, or a compound's ingredients each
/// with its strength) read over the request's spelled text, before <see cref="MedicationNameReader"/>
/// read the source's tokens: the reference of its tests.
/// </summary>
internal static class SpelledMedicationNameReader
{
    // Words that end a drug's name: what follows them is not part of it.
    private static readonly string[] StopWords =
        ["with", "per", "for", "to", "DOS", "x", "qty", "quantity", "refill", "refills", "supply", "and", "in", "times", "daily", "of", "on", "at", "via", "as"];

    private static readonly string[] UnstatedQuantities = ["unknown", "unspecified", "not specified", "quantity"];

    // The drug's name and strength, or a compound's ingredients each with its strength, as values
    // spanning the source's words; the first form read is left in `form`. `areaEnd` is where they end.
    public static MedicationDetails Read(SpelledRequestText request, int at, ref SourceWords? form, out int areaEnd)
    {
        string text = request.Text;
        var ingredients = new List<(OffsetRange Name, OffsetRange? Strength)>();
        bool compound = false;
        areaEnd = at;
        int drugEnd = at;
        int next = at;
        while (true)
        {
            var name = ReadName(request, next, splitAtSlash: compound);
            if (name.IsEmpty)
            {
                break;
            }

            int i = SpelledScan.SkipSpace(text, name.End);
            int end = name.End;
            i = TakeForm(request, i, ref end, ref form);
            if (i + 1 < text.Length && text[i] == '(' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }

            var strength = SpelledStrengthReader.Read(text, i);
            if (strength is null && ingredients.Count == 0 && BareStrength(request, i) is { } bare)
            {
                strength = bare;
            }

            if (strength is { } stated)
            {
                end = stated.End;
                i = TakeForm(request, SpelledScan.SkipSpace(text, stated.End), ref end, ref form);
            }

            ingredients.Add((name, strength));
            int after = strength?.End ?? name.End;
            drugEnd = Math.Max(drugEnd, after);
            areaEnd = Math.Max(areaEnd, end);
            if (after < text.Length - 1 && text[after] == '/' && char.IsLetter(text[after + 1]) && (strength is not null || compound))
            {
                compound = true;
                next = after + 1;
                continue;
            }

            int comma = SpelledScan.SkipSpace(text, after + 1);
            if (after < text.Length && text[after] == ',' && strength is not null && comma < text.Length && IsNameStart(request, comma))
            {
                compound = true;
                next = comma;
                continue;
            }

            break;
        }

        return ingredients.Count switch
        {
            0 => new MedicationDetails(),
            1 => new MedicationDetails { Drug = request.Optional(ingredients[0].Name), Strength = request.Optional(ingredients[0].Strength) },
            _ => new MedicationDetails
            {
                Drug = request.Optional(new OffsetRange(ingredients[0].Name.Start, drugEnd)),
                Ingredients = [.. ingredients.Select(ingredient => new MedicationIngredient { Drug = request.Value(ingredient.Name), Strength = request.Optional(ingredient.Strength) })],
            },
        };
    }

    // Letter-led words up to a strength, a form, directions or a mark; a bracketed brand name ("Meloxicam (Mobic)") belongs to it.
    private static OffsetRange ReadName(SpelledRequestText request, int at, bool splitAtSlash)
    {
        string text = request.Text;
        int last = at;
        int i = at;
        while (i < text.Length)
        {
            if (text[i] == '(')
            {
                int close = text.IndexOf(')', i);
                if (last == at || close < 0 || !IsBrandName(text.AsSpan(i + 1, close - i - 1)))
                {
                    break;
                }

                last = close + 1;
                i = SpelledScan.SkipSpace(text, last);
                continue;
            }

            if (!IsNameStart(request, i))
            {
                break;
            }

            int end = i;
            while (end < text.Length && text[end] is not (' ' or ',' or '(' or ';' or '#') && !(splitAtSlash && text[end] == '/'))
            {
                end++;
            }

            while (end > i && text[end - 1] is ':' or '.' or ')')
            {
                end--;
            }

            last = end;
            if (end >= text.Length || text[end] != ' ')
            {
                break;
            }

            i = SpelledScan.SkipSpace(text, end);
        }

        return new OffsetRange(at, last);
    }

    private static bool IsBrandName(ReadOnlySpan<char> inner)
    {
        if (inner.IsEmpty || inner.ContainsAnyExcept(MedicationNameReader.BrandNameCharacters))
        {
            return false;
        }

        foreach (string word in UnstatedQuantities)
        {
            if (Text.Phrase.StartsWith(inner, word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameStart(SpelledRequestText request, int at)
    {
        string text = request.Text;
        if (!char.IsLetter(text[at]))
        {
            return false;
        }

        int end = at + 1;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        if (MayLead(text.AsSpan(at, end - at))
            && (FormAt(request, at) is not null || DirectionsAt(request, at)
                || SpelledQuantityReader.NumberAt(text, at) is not null || SpelledDateOfServiceReader.Read(text, at, out _, out _, out _) is not null))
        {
            return false;
        }

        foreach (string word in StopWords)
        {
            if (TextParsers.StartsWithKeyword(text.AsSpan(at), word, out _))
            {
                return false;
            }
        }

        return true;
    }

    // "Soma 350 1 by mouth", "Norco 10/325 #90": numbers right after the name, with no unit, that start nothing else, are its strength.
    private static OffsetRange? BareStrength(SpelledRequestText request, int at)
    {
        string text = request.Text;
        int end = SpelledStrengthReader.Numbers(text, at);
        if (end < 0
            || (end < text.Length && text[end] is not (' ' or ','))
            || (request.TokenStartingAt(at) is int token and >= 0 && MedicationQuantityReader.IsAt(request, token))
            || DirectionsAt(request, at)
            || (request.TokenStartingAt(at) is int index and >= 0 && RefillsReader.Read(request, index) is not null))
        {
            return null;
        }

        return new OffsetRange(at, end);
    }

    private static int TakeForm(SpelledRequestText request, int at, ref int end, ref SourceWords? form)
    {
        if (FormAt(request, at) is { } read)
        {
            form ??= request.WordsFrom(read.First, read.Last);
            end = request.Tokens[read.Last].End;
            return SpelledScan.SkipSpace(request.Text, end);
        }

        return at;
    }

    // Whether directions begin at `at` of the spelled text, read on the token that starts there.
    private static bool DirectionsAt(SpelledRequestText request, int at) =>
        request.TokenStartingAt(at) is int index and >= 0 && DirectionsReader.StartsAt(request.Words, index);

    // The form at `at` of the spelled text, read on the token that starts there.
    private static (int First, int Last)? FormAt(SpelledRequestText request, int at) =>
        request.TokenStartingAt(at) is int index and >= 0 ? DosageFormReader.Read(request.Words, index) : null;
}
