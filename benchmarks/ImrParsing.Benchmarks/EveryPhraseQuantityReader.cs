using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using ImrParsing.Lexing;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.QuantityGrammar;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="QuantityReader"/> before its primitives read a place's first characters once for a
/// list of phrases: every phrase of a list (session nouns, units, periods, the words that stop a
/// count) matched from its place in turn. The baseline of <c>QuantityReaderBenchmarks</c>' phrase
/// lists and the reference of <c>QuantityPhraseStartReferenceTests</c>.
/// </summary>
internal static partial class EveryPhraseQuantityReader
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
        var mark = reading.Keyword(at, TimesMarks[0]);
        mark = mark.Found ? mark : reading.Keyword(at, TimesMarks[1]);
        mark = mark.Found ? mark : reading.Phrase(at, TimesMarks[2]);
        mark = mark.Found ? mark : reading.Phrase(at, TimesMarks[3]);
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

internal static partial class EveryPhraseQuantityReader
{
    /// <summary>A number or a range: where each number is, in the tokens.</summary>
    private readonly record struct Amount((int Value, Place Start, Place End) Low, (int Value, Place Start, Place End)? High);

    /// <summary>The request being read and how its places become values; the primitives of the rules.</summary>
    private readonly ref partial struct Reading
    {
        private readonly LexedText _words;
        private readonly RequestText _request;

        public Reading(RequestText request)
        {
            _request = request;
            _words = request.Words;
        }

        public LexedText Words => _words;

        // Where `phrase` ends when it matches at `at` (a space of it the space between two words), or
        // None: its characters matched against each token's in one run, a space where a token ends.
        public Place Phrase(Place at, string phrase)
        {
            int i = 0;
            while (at.Index < _words.Count)
            {
                var chars = _words.Chars(at.Index);
                int offset = at.Offset;
                while (i < phrase.Length && offset < chars.Length && ImrParsing.Text.Phrase.EqualsIgnoreAsciiCase(chars[offset], phrase[i]))
                {
                    i++;
                    offset++;
                }

                if (offset < chars.Length)
                {
                    return i == phrase.Length ? new(at.Index, offset) : Place.None;
                }

                // At the token's end: the space between two words is a place; the phrase goes on past it, or into the next token.
                bool spaced = _words.SpaceBefore(at.Index + 1);
                if (i == phrase.Length)
                {
                    return spaced ? new(at.Index, offset) : new(at.Index + 1, 0);
                }

                if (spaced != (phrase[i] == ' '))
                {
                    return Place.None;
                }

                i += spaced ? 1 : 0;
                at = new(at.Index + 1, 0);
            }

            return i == phrase.Length ? at : Place.None;
        }

        // As Phrase, as whole words: no letter or digit goes on past a phrase that ends with one.
        public Place Keyword(Place at, string phrase)
        {
            var end = Phrase(at, phrase);
            return end.Found && char.IsLetterOrDigit(phrase[^1]) && char.IsLetterOrDigit(Char(end)) ? Place.None : end;
        }

        public Place FirstKeyword(Place at, ReadOnlySpan<string> phrases)
        {
            foreach (string phrase in phrases)
            {
                var end = Keyword(at, phrase);
                if (end.Found)
                {
                    return end;
                }
            }

            return Place.None;
        }

        // A whole number of at most three digits: the digits a word has from `at`.
        public bool Integer(Place at, out int value, out Place end)
        {
            var rest = Rest(at);
            end = at;
            if (!TokenNumbers.TryRead(rest, out value, out int length) || !char.IsAsciiDigit(rest[0]))
            {
                return false;
            }

            end = PlaceIn(at.Index, at.Offset + length);
            return true;
        }

        // A number in digits or one written as a word (the rest of a word). Digits too many for a number fail it whole.
        public bool Number(Place at, out (int Value, Place Start, Place End) number)
        {
            number = default;
            if (!TokenNumbers.TryRead(Rest(at), out int value, out int length))
            {
                return false;
            }

            number = (value, at, PlaceIn(at.Index, at.Offset + length));
            return true;
        }

        // "4", "Twelve", "7-10", "1-2", "two to three". A range's joiner read, its second number must follow.
        public bool Amount(Place at, out Amount amount, out Place end)
        {
            amount = default;
            end = at;
            if (!Number(at, out var low))
            {
                return false;
            }

            end = low.End;
            amount = new Amount(low, null);
            var joined = Char(end) is '-' or '\u2013' && char.IsAsciiDigit(Char(Next(end))) ? Next(end) : Place.None;
            if (!joined.Found)
            {
                var to = Phrase(end, " to ");
                joined = to.Found && Number(to, out _) ? to : Place.None;
            }

            if (!joined.Found)
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
        public bool DurationUnit(Place at, out (TimeUnit Unit, Place Start, Place End) unit, out Place end)
        {
            if (Char(at) is ' ' or '-')
            {
                return UnitWord(Next(at), UnitWords, out unit, out end);
            }

            unit = default;
            end = at;
            return false;
        }

        // One of `words` at `at`, whole: the unit it names, its range, where it ends.
        private bool UnitWord(Place at, (string Word, TimeUnit Unit)[] words, out (TimeUnit Unit, Place Start, Place End) unit, out Place end)
        {
            foreach (var (word, value) in words)
            {
                end = Keyword(at, word);
                if (end.Found)
                {
                    unit = (value, at, end);
                    return true;
                }
            }

            unit = default;
            end = at;
            return false;
        }

        // " a week", " per week", "/week", " week", " weekly": the period's range is its word.
        public bool Period(Place at, out (TimeUnit Unit, Place Start, Place End) period, out Place end)
        {
            foreach (string lead in PeriodLeads)
            {
                var after = Phrase(at, lead);
                if (after.Found && UnitWord(after, PeriodWords, out period, out end))
                {
                    return true;
                }
            }

            if (Char(at) == ' ')
            {
                return UnitWord(Next(at), PeriodAdverbs, out period, out end);
            }

            period = default;
            end = at;
            return false;
        }

        // " sessions", " visits": where the noun ends, or None.
        public Place SessionNoun(Place at) => FirstKeyword(at, SessionNouns);

        // After "for", "times", "over", "x" and an optional "a": where the amount starts, or None.
        public Place Introduced(Place at)
        {
            var after = FirstKeyword(at, DurationIntroducers.AsSpan());
            if (!after.Found)
            {
                return Place.None;
            }

            after = Space(after);
            var article = Keyword(after, "a");
            return article.Found ? Space(article) : after;
        }

        public Spanned<T> Spanned<T>((T Value, Place Start, Place End) found) => _request.Spanned(found.Value, SourceWords(found.Start, found.End));

        public Spanned<int> Low(Amount amount) => Spanned(amount.Low);

        public Spanned<int>? High(Amount amount) => amount.High is { } high ? Spanned(high) : null;

        public RequestQuantity Frequency(Amount times, (TimeUnit, Place, Place)? period) => new()
        {
            Frequency = Low(times),
            FrequencyMaximum = High(times),
            FrequencyPeriod = period is { } stated ? Spanned(stated) : null,
        };

        public RequestQuantity Duration(Amount length, (TimeUnit, Place, Place) unit) => new()
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
            Counted = Counted((count.High ?? count.Low).End, out var end) is { } start && start < end ? _request.Value(SourceWords(start, end)) : null,
        };

        // The words the count that ends at `after` counts: up to the next quantity, a bracket or "#",
        // or the end of the request, at most CountedMaxLength characters (the space between two words
        // one); a written-out number's digits in brackets skipped.
        private Place? Counted(Place after, out Place end)
        {
            end = after;
            var start = after;
            var bracket = Phrase(start, " (");
            if (bracket.Found)
            {
                if (!Integer(bracket, out _, out var digitsEnd) || Char(digitsEnd) != ')')
                {
                    return null;
                }

                start = Next(digitsEnd);
            }

            start = Space(start);
            // The stop is tried only where it can start (the space between two words, a mark), up to
            // the longest stretch's end, that place included; the end of the request is the last stop.
            int length = 0;
            for (int index = start.Index; index < _words.Count && length <= CountedMaxLength; index++)
            {
                if (_words.Tokens[index].Kind == TokenKind.Punctuation && CountedStopStarts.Contains(Char(new(index, 0)))
                    && IsCountedStop(new(index, 0)))
                {
                    end = new(index, 0);
                    return start;
                }

                int chars = Length(index);
                length += chars - (index == start.Index ? start.Offset : 0);
                if (!_words.SpaceBefore(index + 1))
                {
                    continue;
                }

                var space = new Place(index, chars);
                if (length <= CountedMaxLength && IsCountedStop(space))
                {
                    end = space;
                    return start;
                }

                length++;
            }

            end = End;
            return length <= CountedMaxLength ? start : null;
        }

        // Where the words a count counts stop: a number or a duration after a lead, " x", " times", a mark.
        private bool IsCountedStop(Place at)
        {
            char c = Char(at);
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
                var after = Phrase(at, lead);
                if (after.Found && (Number(after, out _) || Introduced(after) is { Found: true } introduced && Amount(introduced, out _, out var amountEnd) && DurationUnit(amountEnd, out _, out _)))
                {
                    return true;
                }
            }

            return FirstKeyword(at, CountedTimes).Found;
        }

        // The source's characters from `start` to `end`, the space at both ends left out.
        private SourceWords SourceWords(Place start, Place end)
        {
            start = Space(start);
            if (end.Offset == 0 && end.Index > 0 && _words.SpaceBefore(end.Index))
            {
                end = new(end.Index - 1, Length(end.Index - 1));
            }

            if (start >= end)
            {
                int at = start.Index < _words.Count ? _request.Inside(start.Index, start.Offset, start.Offset + 1).Start : _request.End;
                return new SourceWords(at, at);
            }

            // The last character: inside `end`'s token, or the end of the token before it.
            var last = end.Offset > 0 ? end : new Place(end.Index - 1, Length(end.Index - 1));
            return new SourceWords(
                _request.Inside(start.Index, start.Offset, start.Offset + 1).Start,
                _request.Inside(last.Index, last.Offset - 1, last.Offset).End);
        }
    }
}

internal static partial class EveryPhraseQuantityReader
{
    /// <summary>
    /// A place in the request's tokens: <see cref="Offset"/> characters into token
    /// <see cref="Index"/>'s characters (a number may end inside one: the "2" of "2x4"). A token's
    /// end is a place only where white space follows (the one space between two words); elsewhere
    /// it is the next token's start, and past the last token, <c>(Count, 0)</c>.
    /// </summary>
    private readonly record struct Place(int Index, int Offset) : IComparable<Place>
    {
        /// <summary>No place: a rule that did not match.</summary>
        public static readonly Place None = new(-1, 0);

        public bool Found => Index >= 0;

        public int CompareTo(Place other) => Index != other.Index ? Index.CompareTo(other.Index) : Offset.CompareTo(other.Offset);

        public static bool operator <(Place left, Place right) => left.CompareTo(right) < 0;

        public static bool operator >(Place left, Place right) => left.CompareTo(right) > 0;

        public static bool operator <=(Place left, Place right) => left.CompareTo(right) <= 0;

        public static bool operator >=(Place left, Place right) => left.CompareTo(right) >= 0;
    }

    /// <summary>Moving along the request's tokens a word's character, or the space between two words, at a time.</summary>
    private readonly ref partial struct Reading
    {
        public Place End => new(_words.Count, 0);

        public bool AtEnd(Place at) => at.Index >= _words.Count;

        // The character at a place: ' ' between two words, '\0' past the last one.
        public char Char(Place at)
        {
            if (at.Index >= _words.Count)
            {
                return '\0';
            }

            var chars = _words.Chars(at.Index);
            return at.Offset < chars.Length ? chars[at.Offset] : ' ';
        }

        // The place after the character or space at `at`.
        public Place Next(Place at)
        {
            int length = Length(at.Index);
            return at.Offset + 1 < length || (at.Offset < length && _words.SpaceBefore(at.Index + 1)) ? new(at.Index, at.Offset + 1) : new(at.Index + 1, 0);
        }

        // A place `length` characters into token `index` (its end, a space or the next token's start).
        public Place PlaceIn(int index, int length) => Normal(new(index, length));

        // What is left of a word from `at`: empty at a space or past the last token.
        public ReadOnlySpan<char> Rest(Place at) => at.Index < _words.Count ? _words.Chars(at.Index)[at.Offset..] : [];

        // Past the space at `at`, if there is one.
        public Place Space(Place at) => at.Index < _words.Count && at.Offset >= Length(at.Index) ? new(at.Index + 1, 0) : at;

        public int Length(int index) => _words.Chars(index).Length;

        private Place Normal(Place at) =>
            at.Offset >= Length(at.Index) && !_words.SpaceBefore(at.Index + 1) ? new(at.Index + 1, 0) : at;
    }
}
