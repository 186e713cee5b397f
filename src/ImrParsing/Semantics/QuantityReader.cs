using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using ImrParsing.Lexing;
using ImrParsing.Syntax;
using static ImrParsing.Semantics.QuantityGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a request's quantities as the <see cref="QuantityGrammar"/> rules state them, written by
/// hand: each rule is tried only at the tokens it can start with, in the grammar's order, and
/// builds the <see cref="RequestQuantity"/> it reads; the first statement of each field wins. For
/// a medication only the supply's duration is a quantity of the request ("Three months coverage
/// of", "day supply: 30"): its counts and frequencies belong to the prescription. The rules read
/// the source's tokens (<see cref="RequestText.Words"/>) at places in them (<see cref="Place"/>):
/// a number may end inside a token (the "2" and "4" of "2x4"), and a value spans its words' source offsets.
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

    // The words each rule starts with, from the rules' own word lists ("times" and "x" start both a
    // duration and a count), and the number words, which start a number whatever else they are:
    // one look-up a word.
    private static readonly FrozenDictionary<string, Lead> LeadWordList =
        DurationIntroducers.Select(word => (word, Lead.Introducer))
            .Concat(TimesWords.Select(word => (word, Lead.Times)))
            .Concat(FrequencyAdverbs.Select(adverb => (adverb.Word, Lead.Adverb)))
            .Concat(PeriodAdverbWords.Select(word => (word, Lead.Period)))
            .Concat(CountLabels.Select(word => (word, Lead.Label)))
            .Append((SupplyDay, Lead.Day))
            .Concat(NumberWords.Select(word => (word.Word, Lead.Number)))
            .GroupBy(entry => entry.Item1, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.Last().Item2, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Lead>.AlternateLookup<ReadOnlySpan<char>> LeadWords =
        LeadWordList.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words of a request start no rule: they are told apart before they are hashed.
    private static readonly WordStarts LeadWordStarts = new(LeadWordList.Keys);

    internal static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordValues =
        NumberWords.ToFrozenDictionary(word => word.Word, word => word.Value, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private delegate RequestQuantity? Rule(in Reading reading, Place at, out Place end);

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
        var reading = new Reading(request);
        var words = reading.Words;
        // Most requests state one quantity or none: a builder only for the rare second one.
        ImmutableArray<RequestQuantity>.Builder? quantities = null;
        var found = default(MergedQuantity);
        var lastEnd = Place.None;
        var resume = default(Place);
        for (int index = 0; index < words.Count; index++)
        {
            var at = new Place(index, 0);
            if (at < resume)
            {
                continue;
            }

            var lead = LeadOf(words, index);
            if (lead != Lead.None && !Inside(skip, index) && Next(reading, index, at, lead, medication, lastEnd, out var end) is { } piece)
            {
                if (found.Overlaps(piece) && Conjoined(words, lastEnd, at))
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

    // A conjunction between two statements of the same field makes them two quantities: "and" or
    // "plus" as a word (the rest of the word the first statement ends inside counts as one), ";" or "&".
    private static bool Conjoined(LexedText words, Place from, Place to)
    {
        if (!from.Found || to <= from)
        {
            return false;
        }

        for (int index = from.Index; index < to.Index; index++)
        {
            var word = index == from.Index ? words.Chars(index)[from.Offset..] : words.Chars(index);
            if (word is ";" or "&" || Ascii.EqualsIgnoreCase(word, "and") || Ascii.EqualsIgnoreCase(word, "plus"))
            {
                return true;
            }
        }

        return false;
    }

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

        return LeadWordStarts.MayBe(word[..letters]) && LeadWords.TryGetValue(word[..letters], out var lead) ? lead : Lead.None;
    }

    private static RequestQuantity? Next(in Reading reading, int index, Place at, Lead lead, bool medication, Place lastEnd, out Place end)
    {
        end = at;
        if (lead == Lead.Bracket)
        {
            // A total in brackets counts only right after the frequency or duration it totals: "2 times a week for 2 weeks (4)".
            return !medication && lastEnd.Found && reading.Space(lastEnd) == at ? Total(reading, at, out end) : null;
        }

        foreach (var (ruleLead, supply, rule) in Rules)
        {
            if (ruleLead == lead && (supply || !medication) && rule(reading, at, out end) is { } piece
                && (!medication || (piece.Count is null && piece.Frequency is null)))
            {
                return piece;
            }
        }

        return !medication && (index == 0 || AfterConjunction(reading.Words, index)) && lead == Lead.Number ? OpeningCount(reading, at, out end) : null;
    }

    // "2 times a week", "3 visits per week", "2 times 8", "2x4", "12 visits", "4 weeks", "7-10 days".
    private static RequestQuantity? AmountFirst(in Reading reading, Place at, out Place end)
    {
        end = at;
        if (!reading.Amount(at, out var amount, out Place after))
        {
            return null;
        }

        return TimesTail(reading, amount, after, out end) ?? SessionTail(reading, amount, after, out end) ?? DurationTail(reading, amount, after, out end);
    }

    // After the number: "times"/"x" and then a period ("a week") or a second number ("8", "4 weeks", "four visits").
    private static RequestQuantity? TimesTail(in Reading reading, Amount times, Place at, out Place end)
    {
        end = at;
        var start = reading.StartAt(at);
        var mark = reading.Keyword(at, TimesMarks[0], start);
        mark = mark.Found ? mark : reading.Keyword(at, TimesMarks[1], start);
        mark = mark.Found ? mark : reading.Phrase(at, TimesMarks[2], start);
        mark = mark.Found ? mark : reading.Phrase(at, TimesMarks[3], start);
        if (!mark.Found)
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

        var unit = reading.DurationUnit(end, out var found, out Place unitEnd) ? found : ((TimeUnit, Place, Place)?)null;
        end = unit is null ? end : unitEnd;
        end = reading.SessionNoun(end) is { Found: true } noun ? noun : end;
        return reading.Frequency(times, null) with
        {
            Duration = reading.Low(length),
            DurationMaximum = reading.High(length),
            DurationUnit = unit is { } stated ? reading.Spanned(stated) : null,
        };
    }

    // "12 visits", and "3 visits per week", which is a frequency.
    private static RequestQuantity? SessionTail(in Reading reading, Amount amount, Place at, out Place end)
    {
        end = reading.SessionNoun(at);
        if (!end.Found)
        {
            end = at;
            return null;
        }

        if (reading.Period(end, out var period, out Place periodEnd))
        {
            end = periodEnd;
            return reading.Frequency(amount, period);
        }

        return reading.Count(amount);
    }

    // "4 weeks" is a duration, but "5 days a week" a frequency.
    private static RequestQuantity? DurationTail(in Reading reading, Amount amount, Place at, out Place end)
    {
        if (!reading.DurationUnit(at, out var unit, out end))
        {
            return null;
        }

        if (reading.Period(end, out var period, out Place periodEnd))
        {
            end = periodEnd;
            return reading.Frequency(amount, period);
        }

        return reading.Duration(amount, unit);
    }

    // "twice a week", "once weekly".
    private static RequestQuantity? AdverbFrequency(in Reading reading, Place at, out Place end)
    {
        end = at;
        foreach (var (word, times) in FrequencyAdverbs)
        {
            var after = reading.Keyword(at, word);
            if (after.Found)
            {
                return reading.Period(after, out var period, out end)
                    ? reading.Frequency(new Amount((times, at, after), null), period)
                    : null;
            }
        }

        return null;
    }

    // "daily", "weekly", "monthly" alone: once a day, a week, a month.
    private static RequestQuantity? EveryPeriod(in Reading reading, Place at, out Place end)
    {
        foreach (var (word, unit) in PeriodAdverbs)
        {
            end = reading.Keyword(at, word);
            if (end.Found)
            {
                return reading.Frequency(new Amount((1, at, end), null), (unit, at, end));
            }
        }

        end = at;
        return null;
    }

    // "for 4 weeks", "times six weeks", "over two weeks", "x 4 weeks", "for a 2 month".
    private static RequestQuantity? IntroducedDuration(in Reading reading, Place at, out Place end)
    {
        end = at;
        var after = reading.Introduced(at);
        return after.Found && reading.Amount(after, out var amount, out Place amountEnd) && reading.DurationUnit(amountEnd, out var unit, out end)
            ? reading.Duration(amount, unit)
            : null;
    }

    // "times 12", "x 6"; not a number of hours ("x 160 hours").
    private static RequestQuantity? TimesCount(in Reading reading, Place at, out Place end)
    {
        var mark = reading.Keyword(at, TimesWords[0]);
        mark = mark.Found ? mark : reading.Phrase(at, TimesWords[1]);
        if (!mark.Found || !reading.Amount(reading.Space(mark), out var amount, out end) || reading.FirstKeyword(end, HourWords).Found)
        {
            end = at;
            return null;
        }

        return reading.Count(amount);
    }

    // "#6", "# 2".
    private static RequestQuantity? HashCount(in Reading reading, Place at, out Place end) =>
        reading.Char(at) == CountSign && reading.Amount(reading.Space(reading.Next(at)), out var amount, out end) ? reading.Count(amount) : Failed(at, out end);

    // "QTY: 2".
    private static RequestQuantity? LabelledCount(in Reading reading, Place at, out Place end)
    {
        var label = reading.FirstKeyword(at, CountLabels.AsSpan());
        if (!label.Found)
        {
            return Failed(at, out end);
        }

        label = reading.Char(label) == ':' ? reading.Next(label) : label;
        return reading.Amount(reading.Space(label), out var amount, out end) ? reading.Count(amount) : Failed(at, out end);
    }

    // ", 2" at the very end of a request.
    private static RequestQuantity? TrailingCount(in Reading reading, Place at, out Place end) =>
        reading.Char(at) == TrailingMark && reading.Amount(reading.Space(reading.Next(at)), out var amount, out end) && reading.AtEnd(end)
            ? reading.Count(amount)
            : Failed(at, out end);

    // "day supply: 30".
    private static RequestQuantity? DaySupply(in Reading reading, Place at, out Place end)
    {
        var day = reading.Keyword(at, SupplyDay);
        var supply = day.Found ? reading.Keyword(day, " supply") : Place.None;
        if (!supply.Found)
        {
            return Failed(at, out end);
        }

        supply = reading.Char(supply) == ':' ? reading.Next(supply) : supply;
        return reading.Amount(reading.Space(supply), out var amount, out end) ? reading.Duration(amount, (TimeUnit.Day, at, day)) : Failed(at, out end);
    }

    // "(8)", "(12 sessions)" right after a frequency or duration.
    private static RequestQuantity? Total(in Reading reading, Place at, out Place end)
    {
        if (reading.Char(at) != TotalOpen || !reading.Amount(reading.Space(reading.Next(at)), out var amount, out end))
        {
            return Failed(at, out end);
        }

        end = reading.SessionNoun(end) is { Found: true } noun ? noun : end;
        if (reading.Char(end) != ')')
        {
            return Failed(at, out end);
        }

        end = reading.Next(end);
        return reading.Count(amount);
    }

    // "Twelve physical therapy sessions", "One (1) x-ray"; not "Three months coverage", "Two refills of".
    private static RequestQuantity? OpeningCount(in Reading reading, Place at, out Place end)
    {
        if (!reading.Amount(at, out var amount, out end))
        {
            return Failed(at, out end);
        }

        // The digits in brackets of a number written out: " (1)"; once " (" is read they must follow.
        var written = reading.Phrase(end, " (");
        if (written.Found)
        {
            if (!reading.Integer(written, out _, out Place digitsEnd) || reading.Char(digitsEnd) != ')')
            {
                return Failed(at, out end);
            }

            end = reading.Next(digitsEnd);
            amount = amount with { Low = amount.Low with { End = end } };
        }

        bool named = reading.DurationUnit(end, out _, out _) || reading.FirstKeyword(end, NotOpeningWords).Found || reading.FirstKeyword(end, NamePartWords).Found;
        var next = reading.Space(end);
        return !named && next > end && char.IsLetter(reading.Char(next)) ? reading.Count(amount) : Failed(at, out end);
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

    private static RequestQuantity? Failed(Place at, out Place end)
    {
        end = at;
        return null;
    }
}
