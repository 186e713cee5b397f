using System.Collections.Frozen;
using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.QuantityGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a request's quantities as the <see cref="QuantityGrammar"/> rules state them, written by
/// hand: each rule is tried only at the tokens it can start with, in the grammar's order, and
/// builds the <see cref="RequestQuantity"/> it reads; the first statement of each field wins. For
/// a medication only the supply's duration is a quantity of the request ("Three months coverage
/// of", "day supply: 30"): its counts and frequencies belong to the prescription. The text is the
/// request's tokens spelled out (<see cref="RequestText"/>); where a rule needs characters (the
/// "2" and "4" of "2x4") it reads inside a token.
/// </summary>
internal static partial class QuantityReader
{
    // What a token can start: most tokens start no quantity, and each rule starts with one kind of token only.
    internal enum Lead
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
        DurationIntroducers.Select(word => (word, Lead.Introducer))
            .Concat(TimesWords.Select(word => (word, Lead.Times)))
            .Concat(FrequencyAdverbs.Select(adverb => (adverb.Word, Lead.Adverb)))
            .Concat(PeriodAdverbWords.Select(word => (word, Lead.Period)))
            .Concat(CountLabels.Select(word => (word, Lead.Label)))
            .Append((SupplyDay, Lead.Day))
            .GroupBy(entry => entry.Item1, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.Last().Item2, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordValues =
        NumberWords.ToFrozenDictionary(word => word.Word, word => word.Value, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private delegate RequestQuantity? Rule(in Reading reading, int at, out int end);

    // The rules in the grammar's order, with the lead each starts with and whether it may state a supply's duration.
    private static readonly (Lead Lead, bool Supply, Rule Rule)[] Rules =
    [
        (Lead.Number, true, AmountFirst),
        (Lead.Adverb, false, AdverbFrequency),
        (Lead.Period, false, EveryPeriod),
        (Lead.Introducer, true, IntroducedDuration),
        (Lead.Times, true, IntroducedDuration),
        (Lead.Times, false, TimesCount),
        (Lead.NumberSign, false, HashCount),
        (Lead.Label, false, LabelledCount),
        (Lead.Comma, false, TrailingCount),
        (Lead.Day, true, DaySupply),
    ];

    /// <summary>
    /// The quantities <paramref name="request"/> states, in order; empty when none. A field stated again
    /// after a conjunction ("three chiropractic visits for the neck and six chiropractic visits for
    /// the low back") starts a quantity of its own; stated again without one, the first statement
    /// wins. <paramref name="medication"/> keeps only the supply's duration; the tokens of <paramref name="skip"/>
    /// (first and last of each) are left unread (a medication's directions and quantity).
    /// </summary>
    public static ImmutableArray<RequestQuantity> Read(RequestText request, bool medication, ReadOnlySpan<(int First, int Last)> skip)
    {
        string text = request.Text;
        var reading = new Reading(text, request);
        // Most requests state one quantity or none: a builder only for the rare second one.
        ImmutableArray<RequestQuantity>.Builder? quantities = null;
        var found = default(MergedQuantity);
        int lastEnd = -1;
        int resume = 0;
        var words = request.Words;
        var tokens = request.Tokens;
        for (int index = 0; index < tokens.Length; index++)
        {
            int i = tokens[index].Start;
            if (i < resume)
            {
                continue;
            }

            var lead = LeadOf(words, index);
            if (lead != Lead.None && !Inside(skip, index) && Next(reading, words, index, i, lead, medication, lastEnd, out int end) is { } piece)
            {
                if (found.Overlaps(piece) && Conjoined(text, lastEnd, i))
                {
                    (quantities ??= ImmutableArray.CreateBuilder<RequestQuantity>(4)).Add(found.Build());
                    found = default;
                }

                found.Add(piece);
                lastEnd = end;
                resume = end;
            }
        }

        if (quantities is null)
        {
            return found.IsEmpty ? [] : [found.Build()];
        }

        if (!found.IsEmpty)
        {
            quantities.Add(found.Build());
        }

        return quantities.ToImmutable();
    }

    // A loop, not a lambda: a closure over the token's offset was allocated for every token read.
    internal static bool Inside(ReadOnlySpan<(int First, int Last)> ranges, int index)
    {
        foreach (var (first, last) in ranges)
        {
            if (index >= first && index <= last)
            {
                return true;
            }
        }

        return false;
    }

    // A conjunction between two statements of the same field makes them two quantities.
    internal static bool Conjoined(string text, int from, int to) =>
        from >= 0 && to > from && (WholeWords.IndexOf(text.AsSpan(from, to - from), "and", out _) >= 0
            || WholeWords.IndexOf(text.AsSpan(from, to - from), "plus", out _) >= 0
            || text.AsSpan(from, to - from).IndexOfAny(';', '&') >= 0);

    // An opening count may also open the second part of a compound request: "... and six chiropractic
    // visits", token `index` after a ";" or after "and"/"plus" that follow white space.
    internal static bool AfterConjunction(LexedText words, int index)
    {
        if (index < 1)
        {
            return false;
        }

        int before = index - 1;
        if (words.IsMark(before, ';'))
        {
            return true;
        }

        if (before < 1 || !words.SpaceBefore(before) || words.Tokens[before].Kind == TokenKind.Punctuation)
        {
            return false;
        }

        var word = words.Chars(before);
        return word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("plus", StringComparison.OrdinalIgnoreCase);
    }

    // What token `index` can start: a number, a mark, or a word by its leading ASCII letters ("x" of "x6").
    internal static Lead LeadOf(LexedText words, int index)
    {
        var word = words.Chars(index);
        char first = word[0];
        if (char.IsAsciiDigit(first))
        {
            return Lead.Number;
        }

        if (words.Tokens[index].Kind == TokenKind.Punctuation)
        {
            return first switch
            {
                CountSign => Lead.NumberSign,
                TotalOpen => Lead.Bracket,
                TrailingMark => Lead.Comma,
                _ => Lead.None,
            };
        }

        int letters = 0;
        while (letters < word.Length && char.IsAsciiLetter(word[letters]))
        {
            letters++;
        }

        word = word[..letters];
        return NumberWordValues.ContainsKey(word) ? Lead.Number : LeadWords.TryGetValue(word, out var lead) ? lead : Lead.None;
    }

    private static RequestQuantity? Next(in Reading reading, LexedText words, int index, int at, Lead lead, bool medication, int lastEnd, out int end)
    {
        end = at;
        string text = reading.Text;
        if (lead == Lead.Bracket)
        {
            // A total in brackets counts only right after the frequency or duration it totals: "2 times a week for 2 weeks (4)".
            return !medication && lastEnd >= 0 && Scan.SkipSpace(text, lastEnd) == at ? Total(reading, at, out end) : null;
        }

        foreach (var (ruleLead, supply, rule) in Rules)
        {
            if (ruleLead == lead && (supply || !medication) && rule(reading, at, out end) is { } piece
                && (!medication || (piece.Count is null && piece.Frequency is null)))
            {
                return piece;
            }
        }

        return !medication && (index == 0 || AfterConjunction(words, index)) && lead == Lead.Number ? OpeningCount(reading, at, out end) : null;
    }

    // "2 times a week", "3 visits per week", "2 times 8", "2x4", "12 visits", "4 weeks", "7-10 days".
    private static RequestQuantity? AmountFirst(in Reading reading, int at, out int end)
    {
        end = at;
        if (!reading.Amount(at, out var amount, out int after))
        {
            return null;
        }

        return TimesTail(reading, amount, after, out end) ?? SessionTail(reading, amount, after, out end) ?? DurationTail(reading, amount, after, out end);
    }

    // After the number: "times"/"x" and then a period ("a week") or a second number ("8", "4 weeks", "four visits").
    private static RequestQuantity? TimesTail(in Reading reading, Amount times, int at, out int end)
    {
        end = at;
        int mark = reading.Keyword(at, TimesMarks[0]);
        mark = mark >= 0 ? mark : reading.Keyword(at, TimesMarks[1]);
        mark = mark >= 0 ? mark : reading.Phrase(at, TimesMarks[2]);
        mark = mark >= 0 ? mark : reading.Phrase(at, TimesMarks[3]);
        if (mark < 0)
        {
            return null;
        }

        if (reading.Period(mark, out var period, out end))
        {
            return reading.Frequency(times, period);
        }

        if (!reading.Amount(reading.Space(mark), out var length, out end))
        {
            return null;
        }

        var unit = reading.DurationUnit(end, out var found, out int unitEnd) ? found : ((TimeUnit, int, int)?)null;
        end = unit is null ? end : unitEnd;
        end = reading.SessionNoun(end) is var noun and >= 0 ? noun : end;
        return reading.Frequency(times, null) with
        {
            Duration = reading.Low(length),
            DurationMaximum = reading.High(length),
            DurationUnit = unit is { } stated ? reading.Spanned(stated) : null,
        };
    }

    // "12 visits", and "3 visits per week", which is a frequency.
    private static RequestQuantity? SessionTail(in Reading reading, Amount amount, int at, out int end)
    {
        end = reading.SessionNoun(at);
        if (end < 0)
        {
            end = at;
            return null;
        }

        if (reading.Period(end, out var period, out int periodEnd))
        {
            end = periodEnd;
            return reading.Frequency(amount, period);
        }

        return reading.Count(amount);
    }

    // "4 weeks" is a duration, but "5 days a week" a frequency.
    private static RequestQuantity? DurationTail(in Reading reading, Amount amount, int at, out int end)
    {
        if (!reading.DurationUnit(at, out var unit, out end))
        {
            return null;
        }

        if (reading.Period(end, out var period, out int periodEnd))
        {
            end = periodEnd;
            return reading.Frequency(amount, period);
        }

        return reading.Duration(amount, unit);
    }

    // "twice a week", "once weekly".
    private static RequestQuantity? AdverbFrequency(in Reading reading, int at, out int end)
    {
        end = at;
        foreach (var (word, times) in FrequencyAdverbs)
        {
            int after = reading.Keyword(at, word);
            if (after >= 0)
            {
                return reading.Period(after, out var period, out end)
                    ? reading.Frequency(new Amount((times, at, after), null), period)
                    : null;
            }
        }

        return null;
    }

    // "daily", "weekly", "monthly" alone: once a day, a week, a month.
    private static RequestQuantity? EveryPeriod(in Reading reading, int at, out int end)
    {
        foreach (var (word, unit) in PeriodAdverbs)
        {
            end = reading.Keyword(at, word);
            if (end >= 0)
            {
                return reading.Frequency(new Amount((1, at, end), null), (unit, at, end));
            }
        }

        end = at;
        return null;
    }

    // "for 4 weeks", "times six weeks", "over two weeks", "x 4 weeks", "for a 2 month".
    private static RequestQuantity? IntroducedDuration(in Reading reading, int at, out int end)
    {
        end = at;
        int after = reading.Introduced(at);
        return after >= 0 && reading.Amount(after, out var amount, out int amountEnd) && reading.DurationUnit(amountEnd, out var unit, out end)
            ? reading.Duration(amount, unit)
            : null;
    }

    // "times 12", "x 6"; not a number of hours ("x 160 hours").
    private static RequestQuantity? TimesCount(in Reading reading, int at, out int end)
    {
        int mark = reading.Keyword(at, TimesWords[0]);
        mark = mark >= 0 ? mark : reading.Phrase(at, TimesWords[1]);
        if (mark < 0 || !reading.Amount(reading.Space(mark), out var amount, out end) || reading.FirstKeyword(end, HourWords) >= 0)
        {
            end = at;
            return null;
        }

        return reading.Count(amount);
    }

    // "#6", "# 2".
    private static RequestQuantity? HashCount(in Reading reading, int at, out int end) =>
        reading.Text[at] == CountSign && reading.Amount(reading.Space(at + 1), out var amount, out end) ? reading.Count(amount) : Failed(at, out end);

    // "QTY: 2".
    private static RequestQuantity? LabelledCount(in Reading reading, int at, out int end)
    {
        int label = reading.FirstKeyword(at, CountLabels.AsSpan());
        if (label < 0)
        {
            return Failed(at, out end);
        }

        label += label < reading.Text.Length && reading.Text[label] == ':' ? 1 : 0;
        return reading.Amount(reading.Space(label), out var amount, out end) ? reading.Count(amount) : Failed(at, out end);
    }

    // ", 2" at the very end of a request.
    private static RequestQuantity? TrailingCount(in Reading reading, int at, out int end) =>
        reading.Text[at] == TrailingMark && reading.Amount(reading.Space(at + 1), out var amount, out end) && end == reading.Text.Length
            ? reading.Count(amount)
            : Failed(at, out end);

    // "day supply: 30".
    private static RequestQuantity? DaySupply(in Reading reading, int at, out int end)
    {
        int day = reading.Keyword(at, SupplyDay);
        int supply = day >= 0 ? reading.Keyword(day, " supply") : -1;
        if (supply < 0)
        {
            return Failed(at, out end);
        }

        supply += supply < reading.Text.Length && reading.Text[supply] == ':' ? 1 : 0;
        return reading.Amount(reading.Space(supply), out var amount, out end) ? reading.Duration(amount, (TimeUnit.Day, at, day)) : Failed(at, out end);
    }

    // "(8)", "(12 sessions)" right after a frequency or duration.
    private static RequestQuantity? Total(in Reading reading, int at, out int end)
    {
        if (reading.Text[at] != TotalOpen || !reading.Amount(reading.Space(at + 1), out var amount, out end))
        {
            return Failed(at, out end);
        }

        end = reading.SessionNoun(end) is var noun and >= 0 ? noun : end;
        if (end >= reading.Text.Length || reading.Text[end] != ')')
        {
            return Failed(at, out end);
        }

        end++;
        return reading.Count(amount);
    }

    // "Twelve physical therapy sessions", "One (1) x-ray"; not "Three months coverage", "Two refills of".
    private static RequestQuantity? OpeningCount(in Reading reading, int at, out int end)
    {
        if (!reading.Amount(at, out var amount, out end))
        {
            return Failed(at, out end);
        }

        // The digits in brackets of a number written out: " (1)"; once " (" is read they must follow.
        int written = reading.Phrase(end, " (");
        if (written >= 0)
        {
            if (!reading.Integer(written, out _, out int digitsEnd) || digitsEnd >= reading.Text.Length || reading.Text[digitsEnd] != ')')
            {
                return Failed(at, out end);
            }

            end = digitsEnd + 1;
            amount = amount with { Low = amount.Low with { End = end } };
        }

        string text = reading.Text;
        bool named = reading.DurationUnit(end, out _, out _) || reading.FirstKeyword(end, NotOpeningWords) >= 0 || reading.FirstKeyword(end, NamePartWords) >= 0;
        int next = Scan.SkipSpace(text, end);
        return !named && next > end && next < text.Length && char.IsLetter(text[next]) ? reading.Count(amount) : Failed(at, out end);
    }

    // The pieces of one quantity merged, the first statement of each field winning; a record is made
    // once, when the quantity is complete, and a quantity of one piece is that piece.
    private struct MergedQuantity
    {
        private RequestQuantity? _first;
        private bool _merged;
        private Spanned<int>? _count;
        private Spanned<int>? _countMaximum;
        private TextValue? _counted;
        private Spanned<int>? _frequency;
        private Spanned<int>? _frequencyMaximum;
        private Spanned<TimeUnit>? _frequencyPeriod;
        private Spanned<int>? _duration;
        private Spanned<int>? _durationMaximum;
        private Spanned<TimeUnit>? _durationUnit;

        public readonly bool IsEmpty => _first is null;

        // True when both state the same field: the second is then a quantity of its own, or a repetition.
        public readonly bool Overlaps(RequestQuantity other) =>
            !IsEmpty && ((_count is not null && other.Count is not null) || (_frequency is not null && other.Frequency is not null)
                || (_duration is not null && other.Duration is not null));

        public void Add(RequestQuantity piece)
        {
            _merged = _first is not null;
            _first ??= piece;
            if (_count is null)
            {
                (_count, _countMaximum, _counted) = (piece.Count, piece.CountMaximum, piece.Counted);
            }

            if (_frequency is null)
            {
                (_frequency, _frequencyMaximum, _frequencyPeriod) = (piece.Frequency, piece.FrequencyMaximum, piece.FrequencyPeriod);
            }

            if (_duration is null)
            {
                (_duration, _durationMaximum, _durationUnit) = (piece.Duration, piece.DurationMaximum, piece.DurationUnit);
            }
        }

        public readonly RequestQuantity Build() => !_merged ? _first! : new()
        {
            Count = _count,
            CountMaximum = _countMaximum,
            Counted = _counted,
            Frequency = _frequency,
            FrequencyMaximum = _frequencyMaximum,
            FrequencyPeriod = _frequencyPeriod,
            Duration = _duration,
            DurationMaximum = _durationMaximum,
            DurationUnit = _durationUnit,
        };
    }

    private static RequestQuantity? Failed(int at, out int end)
    {
        end = at;
        return null;
    }
}
