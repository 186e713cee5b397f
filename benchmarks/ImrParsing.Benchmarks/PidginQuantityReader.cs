using Pidgin;
using ImrParsing.Lexing;
using ImrParsing.Parsers;

using ImrParsing.Text;

using ImrParsing.Semantics;
using static ImrParsing.Benchmarks.SpelledQuantityReader;
using ImrParsing.Syntax;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The quantity reader the request reader used before its rules were hand-written over tokens
/// (<see cref="QuantityReader"/>): the <see cref="QuantityGrammar"/> rules, tried in order at every
/// token where they can start; the first statement of each field wins. Kept as the baseline of
/// <c>RequestClassifierBenchmarks</c> and, shared as source, as the tests' reference. For a medication only the
/// supply's duration is a quantity of the request ("Three months coverage of", "day supply: 30"):
/// its counts and frequencies belong to the prescription.
/// </summary>
internal static class PidginQuantityReader
{
    private static readonly (Lead Lead, bool Supply, Parser<char, (QuantityPiece Value, int End)> Rule)[] Rules =
    [
        (Lead.Number, true, PidginAt.Ended(PidginQuantityGrammar.AmountFirst)),
        (Lead.Adverb, false, PidginAt.Ended(PidginQuantityGrammar.AdverbFrequency)),
        (Lead.Period, false, PidginAt.Ended(PidginQuantityGrammar.EveryPeriod)),
        (Lead.Introducer, true, PidginAt.Ended(PidginQuantityGrammar.IntroducedDuration)),
        (Lead.Times, true, PidginAt.Ended(PidginQuantityGrammar.IntroducedDuration)),
        (Lead.Times, false, PidginAt.Ended(PidginQuantityGrammar.TimesCount)),
        (Lead.NumberSign, false, PidginAt.Ended(PidginQuantityGrammar.HashCount)),
        (Lead.Label, false, PidginAt.Ended(PidginQuantityGrammar.LabelledCount)),
        (Lead.Comma, false, PidginAt.Ended(PidginQuantityGrammar.TrailingCount)),
        (Lead.Day, true, PidginAt.Ended(PidginQuantityGrammar.DaySupply)),
    ];

    private static readonly Parser<char, (QuantityPiece Value, int End)> Total = PidginAt.Ended(PidginQuantityGrammar.Total);

    private static readonly Parser<char, (QuantityPiece Value, int End)> OpeningCount = PidginAt.Ended(PidginQuantityGrammar.OpeningCount);

    // Whether `at` of the text lies in one of `ranges`.
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

    /// <summary>The quantities as <see cref="Read"/> finds them, made into the model's values as the request reader made them.</summary>
    public static List<RequestQuantity> Read(string text, ReadOnlySpan<Token> tokens, bool medication, IReadOnlyList<OffsetRange> skip, SpelledRequestText values) =>
        [.. Read(text, tokens, medication, skip).Select(piece => new RequestQuantity
        {
            Count = Low(values, piece.Count),
            Counted = values.Optional(piece.Counted),
            CountMaximum = High(values, piece.Count),
            Frequency = Low(values, piece.Frequency),
            FrequencyMaximum = High(values, piece.Frequency),
            FrequencyPeriod = piece.FrequencyPeriod is { } period ? values.Spanned(period.Value, period.Range) : null,
            Duration = Low(values, piece.Duration),
            DurationMaximum = High(values, piece.Duration),
            DurationUnit = piece.DurationUnit is { } unit ? values.Spanned(unit.Value, unit.Range) : null,
        })];

    private static Spanned<int>? Low(SpelledRequestText values, StatedAmount? amount) => amount is { } found ? values.Spanned(found.Low.Value, found.Low.Range) : null;

    private static Spanned<int>? High(SpelledRequestText values, StatedAmount? amount) => amount?.High is { } high ? values.Spanned(high.Value, high.Range) : null;

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

    private static (QuantityPiece Piece, int End)? Next(string text, int at, Lead lead, bool medication, int lastEnd)
    {
        if (lead == Lead.Bracket)
        {
            // A total in brackets counts only right after the frequency or duration it totals: "2 times a week for 2 weeks (4)".
            return !medication && lastEnd >= 0 && SpelledScan.SkipSpace(text, lastEnd) == at && PidginAt.TryAt(Total, text, at, out var total, out int totalEnd)
                ? (total.Shift(at), totalEnd)
                : null;
        }

        foreach (var (ruleLead, supply, rule) in Rules)
        {
            if (ruleLead == lead && (supply || !medication) && PidginAt.TryAt(rule, text, at, out var piece, out int end)
                && (!medication || (piece.Count is null && piece.Frequency is null)))
            {
                return (piece.Shift(at), end);
            }
        }

        if (!medication && (at == 0 || AfterConjunction(text, at)) && lead == Lead.Number && PidginAt.TryAt(OpeningCount, text, at, out var opening, out int openingEnd))
        {
            return (opening.Shift(at), openingEnd);
        }

        return null;
    }
}
