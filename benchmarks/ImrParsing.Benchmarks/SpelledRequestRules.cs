using System.Buffers;
using System.Globalization;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.MedicationGrammar;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A medication's and an injection's rules as they read the request's tokens spelled out as one
/// text (<c>SpelledRequestText.Text</c>, the canonical form), before they read the source's tokens: the
/// reference tests' rules and the focused benchmarks' baselines. Each reads at a place of the
/// spelled text and returns a place of it (the quantity its values too, mapped to the source).
/// </summary>
internal static class SpelledRequestRules
{
    /// <summary>"Two refills of", "Three months coverage of": a number and at most three words, then "of"; where they end, or <paramref name="at"/>.</summary>
    public static int SkipOfPrefix(string text, int at)
    {
        if (SpelledQuantityReader.NumberAt(text, at) is not { } number)
        {
            return at;
        }

        int end = number.End;

        int words = 0;
        int i = SpelledScan.SkipSpace(text, end);
        while (i < text.Length && words <= 3 && char.IsLetter(text[i]))
        {
            if (TextParsers.StartsWithKeyword(text.AsSpan(i), "of", out int length))
            {
                return SpelledScan.SkipSpace(text, i + length);
            }

            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            i = SpelledScan.SkipSpace(text, i);
            words++;
        }

        return at;
    }

    /// <summary>"Topical compound cream: Flurbiprofen": words before a colon label the drug; where it starts, or <paramref name="at"/>.</summary>
    public static int SkipLabel(string text, int at)
    {
        int colon = text.IndexOf(':', at);
        if (colon < 0 || colon - at > 40 || text.AsSpan(at, colon - at).ContainsAnyExcept(MedicationNameReader.BrandNameCharacters))
        {
            return at;
        }

        int next = SpelledScan.SkipSpace(text, colon + 1);
        return next < text.Length && char.IsLetter(text[next]) ? next : at;
    }

    // The first characters of the forms' phrases and of "in", in both cases: elsewhere no form starts.
    private static readonly SearchValues<char> FormFirstChars = SearchValues.Create(
        string.Concat(FormPhrases.Append(InForm).Select(phrase => char.ToLowerInvariant(phrase[0]).ToString() + char.ToUpperInvariant(phrase[0]))));

    /// <summary>The dosage form at <paramref name="at"/> (<see cref="PidginMedicationGrammar.Form"/>): its range, an "in" before it left out, or null.</summary>
    public static OffsetRange? DosageForm(string text, int at)
    {
        if (at >= text.Length || !FormFirstChars.Contains(text[at]))
        {
            return null;
        }

        if (TextParsers.StartsWithKeyword(text.AsSpan(at), InForm, out int length))
        {
            at += length;
            int space = text.AsSpan(at).IndexOfAnyExcept(CharSets.AnySpace);
            at = space < 0 ? text.Length : at + space;
        }

        var rest = text.AsSpan(at);
        foreach (string phrase in FormPhrases)
        {
            if (TextParsers.StartsWithKeyword(rest, phrase, out length))
            {
                return new OffsetRange(at, at + length);
            }
        }

        return null;
    }

    /// <summary>True when directions begin at <paramref name="at"/>: a direction word, an amount and a dose word, or an interval ("q4h").</summary>
    public static bool DirectionsStart(string text, int at)
    {
        var rest = text.AsSpan(at);
        foreach (string word in DirectionWords)
        {
            if (TextParsers.StartsWithKeyword(rest, word, out _))
            {
                return true;
            }
        }

        // An amount and a dose word right after it; an interval ("q4h") starts with no amount.
        int amount = SpelledQuantityReader.AmountEnd(text, at);
        if (amount >= 0)
        {
            foreach (string word in DoseWords)
            {
                if (TextParsers.StartsWithKeyword(text.AsSpan(amount), word, out _))
                {
                    return true;
                }
            }

            return false;
        }

        return rest.Length > 1 && (rest[0] | 0x20) == 'q' && char.IsDigit(rest[1]);
    }

    // "2 refills": the words after a number, a space before them.
    private static readonly string[] SpacedRefillWords = [.. RefillWords.Select(word => " " + word)];

    /// <summary>The number of refills stated at <paramref name="at"/> ("2 refills", "refills: 2"), and where the statement ends; null when none is.</summary>
    public static (int Value, int Start, int End)? Refills(string text, int at, out int end)
    {
        end = at;
        if (SpelledQuantityReader.NumberAt(text, at) is { } count)
        {
            // "2 refills": once a number is read, the refill word must follow it.
            int word = SpelledScan.FirstKeyword(text, count.End, SpacedRefillWords);
            if (word < 0)
            {
                return null;
            }

            end = word;
            return count;
        }

        int i = SpelledScan.FirstKeyword(text, at, RefillWords);
        if (i < 0)
        {
            return null;
        }

        i = SpelledScan.SkipWhiteSpace(text, i);
        if (i < text.Length && RefillCountMarks.Contains(text[i], StringComparison.Ordinal))
        {
            i = SpelledScan.SkipWhiteSpace(text, i + 1);
        }

        if (SpelledQuantityReader.NumberAt(text, i) is not { } number)
        {
            return null;
        }

        end = number.End;
        return number;
    }

    /// <summary>Directions from <paramref name="start"/> to <paramref name="end"/> without the marks and the "with" that lead to what follows them; null when nothing is left.</summary>
    public static OffsetRange? TrimDirections(string text, int start, int end)
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

    /// <summary>Where the spinal level ("L4", "L4-5", "L5-S1", "C5/6") at <paramref name="at"/> ends; -1 when none is there.</summary>
    public static int SpinalLevelEnd(string text, int at)
    {
        int end = VertebraEnd(text, at);
        if (end < 0)
        {
            return -1;
        }

        if (end + 1 < text.Length && InjectionGrammar.LevelJoiners.Contains(text[end], StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(text[end + 1]))
            {
                // "L4-5": the joiner read, the number must be one.
                int digits = TextParsers.AsciiDigitsLength(text.AsSpan(end + 1));
                if (digits > InjectionGrammar.MaxVertebraDigits)
                {
                    return -1;
                }

                end += 1 + digits;
            }
            else if (VertebraEnd(text, end + 1) is int vertebra and >= 0)
            {
                // "L5-S1", "C7/T1".
                end = vertebra;
            }
        }

        return end < text.Length && char.IsLetterOrDigit(text[end]) ? -1 : end;
    }

    // "L5", "T12": a region's letter and one or two digits.
    private static int VertebraEnd(string text, int at)
    {
        if (at >= text.Length || !InjectionGrammar.VertebraLetters.Contains(text[at], StringComparison.Ordinal))
        {
            return -1;
        }

        int digits = TextParsers.AsciiDigitsLength(text.AsSpan(at + 1));
        return digits is 0 or > InjectionGrammar.MaxVertebraDigits ? -1 : at + 1 + digits;
    }

    /// <summary>Where the medication quantity ("#60", "240g", "One container") at <paramref name="at"/> ends; -1 when none is there.</summary>
    public static int MedicationQuantityEnd(string text, int at) => MatchQuantity(text, at, out var found) ? found.End : -1;

    /// <summary>The quantity at <paramref name="at"/> of <paramref name="request"/>'s text, its values spanning the source's words; null when none is there.</summary>
    public static MedicationQuantity? ReadMedicationQuantity(SpelledRequestText request, int at, out int end)
    {
        if (!MatchQuantity(request.Text, at, out var found))
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
    private record struct FoundQuantity(int? Count, int CountStart, int CountEnd, decimal Amount, int AmountStart, int AmountEnd, string? Unit, int UnitStart, int UnitEnd, int End);

    private static bool MatchQuantity(string text, int at, out FoundQuantity found)
    {
        found = new FoundQuantity(null, -1, -1, 0, -1, -1, null, -1, -1, -1);
        if (at >= text.Length)
        {
            return false;
        }

        if (text[at] == '#')
        {
            // "#60", "#60 grams", "#1 box": the number counts units, or is the amount when a unit follows.
            if (SpelledQuantityReader.NumberAt(text, SpelledScan.SkipWhiteSpace(text, at + 1)) is not { } number)
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

            int package = SpelledScan.FirstKeyword(text, end, PackageWords);
            found = found with { End = package < 0 ? end : package };
            return true;
        }

        if (char.IsAsciiDigit(text[at]))
        {
            // "240g", "240 grams", "120grams #1": digits need a unit; a "#" after it needs its count.
            int amountEnd = SpelledStrengthReader.Number(text, at);
            if (amountEnd < 0 || !MeasureUnit(text, amountEnd, ref found))
            {
                return false;
            }

            decimal amount = decimal.Parse(text.AsSpan(at, amountEnd - at), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            found = found with { Amount = amount, AmountStart = at, AmountEnd = amountEnd, End = found.UnitEnd };
            int sign = ImrParsing.Text.Phrase.MatchLength(text.AsSpan(found.UnitEnd), " #");
            if (sign >= 0)
            {
                if (SpelledQuantityReader.NumberAt(text, found.UnitEnd + sign) is not { } count)
                {
                    return false;
                }

                found = found with { Count = count.Value, CountStart = count.Start, CountEnd = count.End, End = count.End };
            }

            return true;
        }

        // "One container": a number in words counts containers.
        if (SpelledQuantityReader.NumberAt(text, at) is not { } containers)
        {
            return false;
        }

        int containerEnd = SpelledScan.FirstKeyword(text, containers.End, PackageWords);
        found = found with { Count = containers.Value, CountStart = containers.Start, CountEnd = containers.End, End = containerEnd };
        return containerEnd >= 0;
    }

    // "g", "grams", " ml": the unit's word, a space before it allowed; the first of the grammar's list.
    private static bool MeasureUnit(string text, int at, ref FoundQuantity found)
    {
        int start = at < text.Length && CharSets.IsSpace(text[at]) ? SpelledScan.SkipWhiteSpace(text, at) : at;
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
