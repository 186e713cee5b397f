using System.Collections.Frozen;
using Pidgin;
using ImrParsing.Lexing;
using ImrParsing.Parsers;

using ImrParsing.Text;

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

    // The words each rule starts with, from the rules' own word lists; "times" and "x" start both a
    // duration and a count.
    private static readonly FrozenDictionary<string, Lead>.AlternateLookup<ReadOnlySpan<char>> LeadWords =
        QuantityGrammar.DurationIntroducers.Select(word => (word, Lead.Introducer))
            .Concat(QuantityGrammar.TimesWords.Select(word => (word, Lead.Times)))
            .Concat(QuantityGrammar.FrequencyAdverbs.Select(adverb => (adverb.Word, Lead.Adverb)))
            .Concat(QuantityGrammar.PeriodAdverbWords.Select(word => (word, Lead.Period)))
            .Concat(QuantityGrammar.CountLabels.Select(word => (word, Lead.Label)))
            .Append((QuantityGrammar.SupplyDay, Lead.Day))
            .GroupBy(entry => entry.Item1, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.Last().Item2, StringComparer.OrdinalIgnoreCase)
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
    /// The quantities <paramref name="text"/> states, in order; empty when none. A field stated again
    /// after a conjunction ("three chiropractic visits for the neck and six chiropractic visits for
    /// the low back") starts a quantity of its own; stated again without one, the first statement
    /// wins. <paramref name="medication"/> keeps only the supply's duration; <paramref name="skip"/>
    /// is left unread (a medication's directions and quantity).
    /// </summary>
    public static List<QuantityPiece> Read(string text, ReadOnlySpan<Token> tokens, bool medication, IReadOnlyList<OffsetRange> skip)
    {
        var quantities = new List<QuantityPiece>();
        var found = new QuantityPiece();
        int lastEnd = -1;
        int resume = 0;
        foreach (var token in tokens)
        {
            int i = token.Start;
            if (i < resume)
            {
                continue;
            }

            var lead = LeadOf(text, token);
            if (lead != Lead.None && !Inside(skip, i) && Next(text, i, lead, medication, lastEnd) is { } next)
            {
                var piece = WithCounted(text, next.Piece);
                if (found.Overlaps(piece) && Conjoined(text, lastEnd, i))
                {
                    quantities.Add(found);
                    found = piece;
                }
                else
                {
                    found = found.Merge(piece);
                }

                lastEnd = next.End;
                resume = next.End;
            }
        }

        if (!found.IsEmpty)
        {
            quantities.Add(found);
        }

        return quantities;
    }

    // A loop, not a lambda: a closure over the token's offset was allocated for every token read.
    private static bool Inside(IReadOnlyList<OffsetRange> ranges, int at)
    {
        foreach (var range in ranges)
        {
            if (at >= range.Start && at < range.End)
            {
                return true;
            }
        }

        return false;
    }

    // A conjunction between two statements of the same field makes them two quantities.
    private static bool Conjoined(string text, int from, int to) =>
        from >= 0 && to > from && (WholeWords.IndexOf(text.AsSpan(from, to - from), "and", out _) >= 0
            || WholeWords.IndexOf(text.AsSpan(from, to - from), "plus", out _) >= 0
            || text.AsSpan(from, to - from).IndexOfAny(';', '&') >= 0);

    // An opening count may also open the second part of a compound request: "... and six chiropractic visits".
    private static bool AfterConjunction(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(' ');
        return before.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" plus", StringComparison.OrdinalIgnoreCase) || before.EndsWith(";");
    }

    // What a count counts: the words after its number.
    private static QuantityPiece WithCounted(string text, QuantityPiece piece)
    {
        if (piece.Count is not { } count)
        {
            return piece;
        }

        int after = (count.High ?? count.Low).Range.End;
        return CountedWords.Find(text, after) is { Length: > 0 } counted ? piece with { Counted = counted } : piece;
    }

    // What a token can start: a number, a mark, or a word by its leading ASCII letters ("x" of "x6").
    private static Lead LeadOf(string text, Token token)
    {
        char first = text[token.Start];
        if (char.IsAsciiDigit(first))
        {
            return Lead.Number;
        }

        if (token.Kind == TokenKind.Punctuation)
        {
            return first switch
            {
                QuantityGrammar.CountSign => Lead.NumberSign,
                QuantityGrammar.TotalOpen => Lead.Bracket,
                QuantityGrammar.TrailingMark => Lead.Comma,
                _ => Lead.None,
            };
        }

        var word = text.AsSpan(token.Start, token.Length);
        int letters = 0;
        while (letters < word.Length && char.IsAsciiLetter(word[letters]))
        {
            letters++;
        }

        word = word[..letters];
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

        if (!medication && (at == 0 || AfterConjunction(text, at)) && lead == Lead.Number && Scan.TryAt(OpeningCount, text, at, out var opening, out int openingEnd))
        {
            return (opening.Shift(at), openingEnd);
        }

        return null;
    }
}
