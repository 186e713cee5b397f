using System.Collections.Frozen;
using Pidgin;
using ImrParsing.Parsers;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a request's quantity with the <see cref="QuantityGrammar"/> rules, tried in order at every
/// token where they can start; the first statement of each field wins. For a medication only the
/// supply's duration is a quantity of the request ("Three months coverage of", "day supply: 30"):
/// its counts and frequencies belong to the prescription.
/// </summary>
internal static class QuantityReader
{
    // What a token can start: most tokens start no quantity, and each rule starts with one kind of token only.
    private enum Lead
    {
        None,
        Number,
        NumberSign,
        Bracket,
        Comma,
        Introducer,
        Times,
        Adverb,
        Period,
        Label,
        Day,
    }

    private static readonly FrozenDictionary<string, Lead>.AlternateLookup<ReadOnlySpan<char>> LeadWords =
        new Dictionary<string, Lead>(StringComparer.OrdinalIgnoreCase)
        {
            ["for"] = Lead.Introducer, ["over"] = Lead.Introducer, ["times"] = Lead.Times, ["x"] = Lead.Times,
            ["twice"] = Lead.Adverb, ["once"] = Lead.Adverb, ["thrice"] = Lead.Adverb,
            ["daily"] = Lead.Period, ["weekly"] = Lead.Period, ["monthly"] = Lead.Period, ["yearly"] = Lead.Period,
            ["qty"] = Lead.Label, ["quantity"] = Lead.Label, ["day"] = Lead.Day,
        }
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords =
        QuantityGrammar.NumberWordSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly (Lead Lead, bool Supply, Parser<char, (QuantityPiece Value, int End)> Rule)[] Rules =
    [
        (Lead.Number, true, Scan.Ended(QuantityGrammar.AmountFirst)),
        (Lead.Adverb, false, Scan.Ended(QuantityGrammar.AdverbFrequency)),
        (Lead.Period, false, Scan.Ended(QuantityGrammar.EveryPeriod)),
        (Lead.Introducer, true, Scan.Ended(QuantityGrammar.IntroducedDuration)),
        (Lead.Times, true, Scan.Ended(QuantityGrammar.IntroducedDuration)),
        (Lead.Times, false, Scan.Ended(QuantityGrammar.TimesCount)),
        (Lead.NumberSign, false, Scan.Ended(QuantityGrammar.HashCount)),
        (Lead.Label, false, Scan.Ended(QuantityGrammar.LabelledCount)),
        (Lead.Comma, false, Scan.Ended(QuantityGrammar.TrailingCount)),
        (Lead.Day, true, Scan.Ended(QuantityGrammar.DaySupply)),
    ];

    private static readonly Parser<char, (QuantityPiece Value, int End)> Total = Scan.Ended(QuantityGrammar.Total);

    private static readonly Parser<char, (QuantityPiece Value, int End)> OpeningCount = Scan.Ended(QuantityGrammar.OpeningCount);

    /// <summary>
    /// The quantity <paramref name="text"/> states, or null. <paramref name="medication"/> keeps only
    /// the supply's duration; <paramref name="skip"/> is left unread (a medication's directions and quantity).
    /// </summary>
    public static QuantityPiece? Read(string text, bool medication, IReadOnlyList<OffsetRange> skip)
    {
        var found = new QuantityPiece();
        int lastEnd = -1;
        int i = 0;
        while (i < text.Length)
        {
            var lead = text[i] == ' ' || !WholeWords.IsWordStart(text, i) ? Lead.None : LeadAt(text, i);
            if (lead != Lead.None && !skip.Any(range => i >= range.Start && i < range.End) && Next(text, i, lead, medication, lastEnd) is { } next)
            {
                found = found.Merge(next.Piece);
                lastEnd = next.End;
                i = next.End;
                continue;
            }

            i++;
        }

        return found.IsEmpty ? null : found;
    }

    private static Lead LeadAt(string text, int at)
    {
        char first = text[at];
        if (char.IsAsciiDigit(first))
        {
            return Lead.Number;
        }

        if (first is '#' or '(' or ',')
        {
            return first switch { '#' => Lead.NumberSign, '(' => Lead.Bracket, _ => Lead.Comma };
        }

        int end = at;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(at, end - at);
        return NumberWords.Contains(word) ? Lead.Number : LeadWords.TryGetValue(word, out var lead) ? lead : Lead.None;
    }

    private static (QuantityPiece Piece, int End)? Next(string text, int at, Lead lead, bool medication, int lastEnd)
    {
        if (lead == Lead.Bracket)
        {
            // A total in brackets counts only right after the frequency or duration it totals: "2 times a week for 2 weeks (4)".
            return !medication && lastEnd >= 0 && Scan.SkipSpace(text, lastEnd) == at && Scan.TryAt(Total, text, at, out var total, out int totalEnd)
                ? (total.Shift(at), totalEnd)
                : null;
        }

        foreach (var (ruleLead, supply, rule) in Rules)
        {
            if (ruleLead == lead && (supply || !medication) && Scan.TryAt(rule, text, at, out var piece, out int end)
                && (!medication || (piece.Count is null && piece.Frequency is null)))
            {
                return (piece.Shift(at), end);
            }
        }

        if (!medication && at == 0 && lead == Lead.Number && Scan.TryAt(OpeningCount, text, at, out var opening, out int openingEnd))
        {
            return (opening.Shift(at), openingEnd);
        }

        return null;
    }
}
