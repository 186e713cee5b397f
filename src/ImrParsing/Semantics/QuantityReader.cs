using Pidgin;
using ImrParsing.Parsers;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a request's quantity with the <see cref="QuantityGrammar"/> rules, tried in order at every
/// token; the first statement of each field wins. For a medication only the supply's duration is a
/// quantity of the request ("Three months coverage of", "day supply: 30"): its counts and
/// frequencies belong to the prescription.
/// </summary>
internal static class QuantityReader
{
    private static readonly Parser<char, (QuantityPiece Value, int End)>[] Rules =
    [
        Scan.Ended(QuantityGrammar.AmountFirst),
        Scan.Ended(QuantityGrammar.AdverbFrequency),
        Scan.Ended(QuantityGrammar.EveryPeriod),
        Scan.Ended(QuantityGrammar.IntroducedDuration),
        Scan.Ended(QuantityGrammar.TimesCount),
        Scan.Ended(QuantityGrammar.HashCount),
        Scan.Ended(QuantityGrammar.LabelledCount),
        Scan.Ended(QuantityGrammar.TrailingCount),
        Scan.Ended(QuantityGrammar.DaySupply),
    ];

    private static readonly Parser<char, (QuantityPiece Value, int End)>[] SupplyRules =
    [
        Scan.Ended(QuantityGrammar.AmountFirst),
        Scan.Ended(QuantityGrammar.IntroducedDuration),
        Scan.Ended(QuantityGrammar.DaySupply),
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
            if (text[i] == ' ' || !WholeWords.IsWordStart(text, i) || skip.Any(range => i >= range.Start && i < range.End))
            {
                i++;
                continue;
            }

            if (Next(text, i, medication, lastEnd) is { } next)
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

    private static (QuantityPiece Piece, int End)? Next(string text, int at, bool medication, int lastEnd)
    {
        if (!medication && lastEnd >= 0 && Scan.SkipSpace(text, lastEnd) == at && Scan.TryAt(Total, text, at, out var total, out int totalEnd))
        {
            return (total.Shift(at), totalEnd);
        }

        foreach (var rule in medication ? SupplyRules : Rules)
        {
            if (Scan.TryAt(rule, text, at, out var piece, out int end)
                && (!medication || (piece.Count is null && piece.Frequency is null)))
            {
                return (piece.Shift(at), end);
            }
        }

        if (!medication && at == 0 && Scan.TryAt(OpeningCount, text, at, out var opening, out int openingEnd))
        {
            return (opening.Shift(at), openingEnd);
        }

        return null;
    }
}
