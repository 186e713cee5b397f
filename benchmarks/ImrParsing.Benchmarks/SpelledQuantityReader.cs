using System.Collections.Frozen;
using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.QuantityGrammar;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The request's quantities read by hand over the request's spelled text (<see cref="SpelledRequestText.Text"/>),
/// as <see cref="QuantityReader"/> read them before it read the source's tokens: the reference of
/// its tests. The rules are those of <see cref="QuantityGrammar"/>, tried only at the tokens they
/// can start with; where a rule needs characters (the "2" and "4" of "2x4") it reads inside a token.
/// </summary>
internal static class SpelledQuantityReader
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
    public static ImmutableArray<RequestQuantity> Read(SpelledRequestText request, bool medication, ReadOnlySpan<(int First, int Last)> skip)
    {
        string text = request.Text;
        var reading = new Reading(text, request);
        // Most requests state one quantity or none: a builder only for the rare second one.
        ImmutableArray<RequestQuantity>.Builder? quantities = null;
        var found = default(MergedQuantity);
        int lastEnd = -1;
        int resume = 0;
        var tokens = request.Tokens;
        for (int index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            int i = token.Start;
            if (i < resume)
            {
                continue;
            }

            var lead = LeadOf(text, token);
            if (lead != Lead.None && !Inside(skip, index) && Next(reading, i, lead, medication, lastEnd, out int end) is { } piece)
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

    /// <summary>
    /// Where the amount ("4", "Twelve", "1-2", "two to three")
    /// that starts at <paramref name="at"/> of <paramref name="text"/> ends; -1 when none does.
    /// </summary>
    internal static int AmountEnd(string text, int at) => new Reading(text, null).Amount(at, out _, out int end) ? end : -1;

    /// <summary>
    /// The number ("12", "Twelve": at most three digits, or a number word) that starts at
    /// <paramref name="at"/> of <paramref name="text"/>, with where it starts and ends; null when none does.
    /// </summary>
    internal static (int Value, int Start, int End)? NumberAt(string text, int at) =>
        new Reading(text, null).Number(at, out var number) ? number : null;

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

    // An opening count may also open the second part of a compound request: "... and six chiropractic visits".
    internal static bool AfterConjunction(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(' ');
        return before.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" plus", StringComparison.OrdinalIgnoreCase) || before.EndsWith(";");
    }

    // What a token can start: a number, a mark, or a word by its leading ASCII letters ("x" of "x6").
    internal static Lead LeadOf(string text, Token token)
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
                CountSign => Lead.NumberSign,
                TotalOpen => Lead.Bracket,
                TrailingMark => Lead.Comma,
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
        return NumberWordValues.ContainsKey(word) ? Lead.Number : LeadWords.TryGetValue(word, out var lead) ? lead : Lead.None;
    }

    private static RequestQuantity? Next(in Reading reading, int at, Lead lead, bool medication, int lastEnd, out int end)
    {
        end = at;
        string text = reading.Text;
        if (lead == Lead.Bracket)
        {
            // A total in brackets counts only right after the frequency or duration it totals: "2 times a week for 2 weeks (4)".
            return !medication && lastEnd >= 0 && SpelledScan.SkipSpace(text, lastEnd) == at ? Total(reading, at, out end) : null;
        }

        foreach (var (ruleLead, supply, rule) in Rules)
        {
            if (ruleLead == lead && (supply || !medication) && rule(reading, at, out end) is { } piece
                && (!medication || (piece.Count is null && piece.Frequency is null)))
            {
                return piece;
            }
        }

        return !medication && (at == 0 || AfterConjunction(text, at)) && lead == Lead.Number ? OpeningCount(reading, at, out end) : null;
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
        int next = SpelledScan.SkipSpace(text, end);
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

    /// <summary>A number or a range: where each number is, in the text.</summary>
    private readonly record struct Amount((int Value, int Start, int End) Low, (int Value, int Start, int End)? High);

    /// <summary>The text being read and how its ranges become values; the primitives of the rules.</summary>
    private readonly struct Reading(string text, SpelledRequestText? values)
    {
        public string Text => text;

        // Where `phrase` ends when it matches at `at` (a space of it any run of white space), or -1.
        public int Phrase(int at, string phrase)
        {
            int length = ImrParsing.Text.Phrase.MatchLength(text.AsSpan(at), phrase);
            return length < 0 ? -1 : at + length;
        }

        // As Phrase, as whole words.
        public int Keyword(int at, string phrase) =>
            TextParsers.StartsWithKeyword(text.AsSpan(at), phrase, out int length) ? at + length : -1;

        public int FirstKeyword(int at, ReadOnlySpan<string> phrases)
        {
            foreach (string phrase in phrases)
            {
                int end = Keyword(at, phrase);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        public int Space(int at) => SpelledScan.SkipSpace(text, at);

        // A whole number of at most three digits.
        public bool Integer(int at, out int value, out int end)
        {
            end = at;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            value = 0;
            if (end == at || end - at > 3)
            {
                return false;
            }

            for (int i = at; i < end; i++)
            {
                value = (value * 10) + (text[i] - '0');
            }

            return true;
        }

        // A number in digits or one written as a word. Digits too many for a number fail it whole.
        public bool Number(int at, out (int Value, int Start, int End) number)
        {
            if (Integer(at, out int value, out int end))
            {
                number = (value, at, end);
                return true;
            }

            number = default;
            if (at >= text.Length || !char.IsLetter(text[at]))
            {
                return false;
            }

            end = at;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            // Number words are ASCII: a letter past it that folds to one ("ſix") makes no number.
            var word = text.AsSpan(at, end - at);
            if (System.Text.Ascii.IsValid(word) && NumberWordValues.TryGetValue(word, out value))
            {
                number = (value, at, end);
                return true;
            }

            return false;
        }

        // "4", "Twelve", "7-10", "1-2", "two to three". A range's joiner read, its second number must follow.
        public bool Amount(int at, out Amount amount, out int end)
        {
            amount = default;
            end = at;
            if (!Number(at, out var low))
            {
                return false;
            }

            end = low.End;
            amount = new Amount(low, null);
            int joined = end + 1 < text.Length && (text[end] is '-' or '\u2013') && char.IsAsciiDigit(text[end + 1]) ? end + 1 : -1;
            if (joined < 0)
            {
                int to = Phrase(end, " to ");
                joined = to >= 0 && Number(to, out _) ? to : -1;
            }

            if (joined < 0)
            {
                return true;
            }

            if (!Number(joined, out var high))
            {
                return false;
            }

            amount = new Amount(low, high);
            end = high.End;
            return true;
        }

        // " weeks", "-day": the unit's range is its word.
        public bool DurationUnit(int at, out (TimeUnit Unit, int Start, int End) unit, out int end)
        {
            if (at < text.Length && text[at] is ' ' or '-')
            {
                return UnitWord(at + 1, UnitWords, out unit, out end);
            }

            unit = default;
            end = at;
            return false;
        }

        // One of `words` at `at`, whole: the unit it names, its range, where it ends.
        private bool UnitWord(int at, (string Word, TimeUnit Unit)[] words, out (TimeUnit Unit, int Start, int End) unit, out int end)
        {
            foreach (var (word, value) in words)
            {
                end = Keyword(at, word);
                if (end >= 0)
                {
                    unit = (value, end - word.Length, end);
                    return true;
                }
            }

            unit = default;
            end = at;
            return false;
        }

        // " a week", " per week", "/week", " week", " weekly": the period's range is its word.
        public bool Period(int at, out (TimeUnit Unit, int Start, int End) period, out int end)
        {
            foreach (string lead in PeriodLeads)
            {
                int after = Phrase(at, lead);
                if (after < 0)
                {
                    continue;
                }

                if (UnitWord(after, PeriodWords, out period, out end))
                {
                    return true;
                }
            }

            if (at < text.Length && text[at] == ' ')
            {
                return UnitWord(at + 1, PeriodAdverbs, out period, out end);
            }

            period = default;
            end = at;
            return false;
        }

        // " sessions", " visits": where the noun ends, or -1.
        public int SessionNoun(int at) => FirstKeyword(at, SessionNouns);

        // After "for", "times", "over", "x" and an optional "a": where the amount starts, or -1.
        public int Introduced(int at)
        {
            int after = FirstKeyword(at, DurationIntroducers.AsSpan());
            if (after < 0)
            {
                return -1;
            }

            after = Space(after);
            int article = Keyword(after, "a");
            return article >= 0 ? Space(article) : after;
        }

        public Spanned<T> Spanned<T>((T Value, int Start, int End) found) => values!.Spanned(found.Value, found.Start, found.End);

        public Spanned<int> Low(Amount amount) => Spanned(amount.Low);

        public Spanned<int>? High(Amount amount) => amount.High is { } high ? Spanned(high) : null;

        public RequestQuantity Frequency(Amount times, (TimeUnit, int, int)? period) => new()
        {
            Frequency = Low(times),
            FrequencyMaximum = High(times),
            FrequencyPeriod = period is { } stated ? Spanned(stated) : null,
        };

        public RequestQuantity Duration(Amount length, (TimeUnit, int, int) unit) => new()
        {
            Duration = Low(length),
            DurationMaximum = High(length),
            DurationUnit = Spanned(unit),
        };

        // A count, with what it counts: the words after its number.
        public RequestQuantity Count(Amount count) => new()
        {
            Count = Low(count),
            CountMaximum = High(count),
            Counted = Counted((count.High ?? count.Low).End) is { } counted ? values!.Optional(counted) : null,
        };

        // The words the count that ends at `after` counts: up to the next quantity, a bracket or "#",
        // or the end of the request, at most CountedMaxLength characters; a written-out number's digits in brackets skipped.
        private OffsetRange? Counted(int after)
        {
            int start = after;
            int bracket = Phrase(start, " (");
            if (bracket >= 0)
            {
                if (!Integer(bracket, out _, out int digitsEnd) || digitsEnd >= text.Length || text[digitsEnd] != ')')
                {
                    return null;
                }

                start = digitsEnd + 1;
            }

            start = Space(start);
            // The stop is tried only at the characters it can start with, up to the longest stretch's
            // end, that place included; the end of the request is the last stop.
            int left = text.Length - start;
            int last = start + Math.Min(left, CountedMaxLength);
            int at = start;
            while (at <= last && at < text.Length)
            {
                int found = text.AsSpan(at, Math.Min(last + 1, text.Length) - at).IndexOfAny(CountedStopStarts);
                if (found < 0)
                {
                    break;
                }

                at += found;
                if (IsCountedStop(at))
                {
                    return new OffsetRange(start, at);
                }

                at++;
            }

            return left <= CountedMaxLength ? new OffsetRange(start, text.Length) : null;
        }

        // Where the words a count counts stop: a number or a duration after a lead, " x", " times", a mark.
        private bool IsCountedStop(int at)
        {
            char c = text[at];
            if (CountedMarks.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }

            if (c is not (' ' or ',' or ';'))
            {
                return false;
            }

            foreach (string lead in CountedLeads)
            {
                int after = Phrase(at, lead);
                if (after >= 0 && (Number(after, out _) || Introduced(after) is >= 0 and var introduced && Amount(introduced, out _, out int amountEnd) && DurationUnit(amountEnd, out _, out _)))
                {
                    return true;
                }
            }

            return FirstKeyword(at, CountedTimes) >= 0;
        }
    }
}
