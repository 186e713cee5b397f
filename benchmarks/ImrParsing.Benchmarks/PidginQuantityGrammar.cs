using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static ImrParsing.Semantics.QuantityGrammar;
using static ImrParsing.Benchmarks.PidginNumbers;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>A unit of time a request states ("weeks", "a week", "weekly") and where it is.</summary>
/// <param name="Value">The unit.</param>
/// <param name="Range">Where its words are, relative to the parsed text.</param>
internal readonly record struct StatedTimeUnit(TimeUnit Value, OffsetRange Range)
{
    /// <summary>The same unit with its range moved by <paramref name="offset"/>.</summary>
    public StatedTimeUnit Shift(int offset) => this with { Range = Range.Shift(offset) };
}

/// <summary>
/// What one quantity rule read: any of a count, a frequency with its period and a duration with its
/// unit ("2 times a week" is a frequency; "2 times 8" a frequency and a duration; "#6" a count).
/// </summary>
internal readonly record struct QuantityPiece
{
    /// <summary>A count of sessions, visits or units.</summary>
    public StatedAmount? Count { get; init; }

    /// <summary>Times per period.</summary>
    public StatedAmount? Frequency { get; init; }

    /// <summary>The frequency's period.</summary>
    public StatedTimeUnit? FrequencyPeriod { get; init; }

    /// <summary>How long.</summary>
    public StatedAmount? Duration { get; init; }

    /// <summary>The duration's unit.</summary>
    public StatedTimeUnit? DurationUnit { get; init; }

    /// <summary>The words after the count that say what it counts ("chiropractic visits for the neck" of "three chiropractic visits for the neck").</summary>
    public OffsetRange? Counted { get; init; }

    /// <summary>The same piece with its ranges moved by <paramref name="offset"/>.</summary>
    public QuantityPiece Shift(int offset) => new()
    {
        Count = Count?.Shift(offset),
        Frequency = Frequency?.Shift(offset),
        FrequencyPeriod = FrequencyPeriod?.Shift(offset),
        Duration = Duration?.Shift(offset),
        DurationUnit = DurationUnit?.Shift(offset),
        Counted = Counted?.Shift(offset),
    };

    /// <summary>This piece with the fields it lacks taken from <paramref name="other"/>: the first statement of each wins.</summary>
    public QuantityPiece Merge(QuantityPiece other) => new()
    {
        Count = Count ?? other.Count,
        Frequency = Frequency ?? other.Frequency,
        FrequencyPeriod = Frequency is null ? other.FrequencyPeriod : FrequencyPeriod,
        Duration = Duration ?? other.Duration,
        DurationUnit = Duration is null ? other.DurationUnit : DurationUnit,
        Counted = Count is null ? other.Counted : Counted,
    };

    /// <summary>True when both pieces state the same field: the second is then a quantity of its own, or a repetition.</summary>
    public bool Overlaps(QuantityPiece other) =>
        (Count is not null && other.Count is not null) || (Frequency is not null && other.Frequency is not null) || (Duration is not null && other.Duration is not null);

    /// <summary>True when the piece states nothing.</summary>
    public bool IsEmpty => Count is null && Frequency is null && Duration is null;
}

/// <summary>
/// The quantity rules as Pidgin parsers over characters, as the request reader ran them before they
/// were written by hand over tokens (<see cref="QuantityReader"/>), with the vocabularies of
/// <see cref="QuantityGrammar"/>: counts ("Twelve sessions", "#6", "times 12", "QTY: 2"),
/// frequencies ("2 times a week", "twice weekly"), durations ("for 4 weeks", "30 day rental") and
/// the letters' shorthand "2x4", "two times four visits (8)". Kept as the baseline of
/// <c>RequestClassifierBenchmarks</c> (<see cref="PidginQuantityReader"/>) and, shared as source,
/// as the tests' reference.
/// </summary>
internal static class PidginQuantityGrammar
{
    /// <summary>A duration's unit after its number: " weeks", " day", "-day" ("30-day rental").</summary>
    public static Parser<char, StatedTimeUnit> DurationUnit { get; } =
        OneOf(UnitWords.SelectMany(unit => new[] { UnitPhrase(" ", unit.Word, unit.Unit), UnitPhrase("-", unit.Word, unit.Unit) }));

    /// <summary>A frequency's period: " a week", " per week", " each day", "/week", " week" ("3 x week"), " weekly", " daily".</summary>
    public static Parser<char, StatedTimeUnit> Period { get; } =
        OneOf(
            PeriodLeads
                .SelectMany(lead => PeriodWords.Select(period => UnitPhrase(lead, period.Word, period.Unit)))
                .Concat(PeriodAdverbs.Select(adverb => UnitPhrase(" ", adverb.Word, adverb.Unit))));

    /// <summary>What is counted: " sessions", " visits", " treatments".</summary>
    public static Parser<char, Unit> SessionNoun { get; } =
        TextParsers.FirstMatch(SessionNouns.Select(TextParsers.Keyword));

    // After the number: "times"/"x" and then a period ("a week") or a second number ("8", "4 weeks", "four visits").
    private static Parser<char, Func<StatedAmount, QuantityPiece>> TimesTail { get; } =
        TextParsers.FirstMatch(
        [
            TextParsers.Keyword(TimesMarks[0]),
            TextParsers.Keyword(TimesMarks[1]),
            TextParsers.Phrase(TimesMarks[2]),
            TextParsers.Phrase(TimesMarks[3]),
        ])
            .Then(OneOf(
                Period.Select<Func<StatedAmount, QuantityPiece>>(period => times => new QuantityPiece { Frequency = times, FrequencyPeriod = period }),
                Map<char, StatedAmount, Maybe<StatedTimeUnit>, Func<StatedAmount, QuantityPiece>>(
                    (length, unit) => times => new QuantityPiece
                    {
                        Frequency = times,
                        Duration = length,
                        DurationUnit = unit.HasValue ? unit.Value : null,
                    },
                    TextParsers.Space.Then(Amount),
                    DurationUnit.Optional().Before(SessionNoun.Optional()))));

    // "12 visits", and "3 visits per week", which is a frequency.
    private static Parser<char, Func<StatedAmount, QuantityPiece>> SessionTail { get; } =
        SessionNoun.Then(Period.Optional()).Select<Func<StatedAmount, QuantityPiece>>(period => amount =>
            period.HasValue ? new QuantityPiece { Frequency = amount, FrequencyPeriod = period.Value } : new QuantityPiece { Count = amount });

    // "4 weeks" is a duration, but "5 days a week" a frequency.
    private static Parser<char, Func<StatedAmount, QuantityPiece>> DurationTail { get; } =
        Map<char, StatedTimeUnit, Maybe<StatedTimeUnit>, Func<StatedAmount, QuantityPiece>>(
            (unit, period) => amount => period.HasValue
                ? new QuantityPiece { Frequency = amount, FrequencyPeriod = period.Value }
                : new QuantityPiece { Duration = amount, DurationUnit = unit },
            DurationUnit,
            Period.Optional());

    /// <summary>
    /// A quantity that starts with a number: "2 times a week", "3 visits per week", "2 times 8",
    /// "2x4", "two times four visits", "12 visits", "Four sessions", "4 weeks", "30 day", "7-10 days".
    /// </summary>
    public static Parser<char, QuantityPiece> AmountFirst { get; } =
        Map((amount, tail) => tail(amount), Amount, OneOf(TimesTail, SessionTail, DurationTail));

    /// <summary>"twice a week", "once weekly", "three times" spelled as one word.</summary>
    public static Parser<char, QuantityPiece> AdverbFrequency { get; } =
        Map(
            (times, period) => new QuantityPiece { Frequency = new StatedAmount(new StatedNumber(times.Value, times.Range), null), FrequencyPeriod = period },
            PidginTextParsers.WithRange(OneOf(FrequencyAdverbs.Select(adverb => TextParsers.Keyword(adverb.Word).ThenReturn(adverb.Times)))),
            Period);

    /// <summary>"daily", "weekly", "monthly" alone: once a day, a week, a month.</summary>
    public static Parser<char, QuantityPiece> EveryPeriod { get; } =
        OneOf(PeriodAdverbs.Select(adverb => PidginTextParsers.Captured(TextParsers.Keyword(adverb.Word)).Select(range => new QuantityPiece
        {
            Frequency = new StatedAmount(new StatedNumber(1, range), null),
            FrequencyPeriod = new StatedTimeUnit(adverb.Unit, range),
        })));

    /// <summary>A duration after a word that introduces it: "for 4 weeks", "times six weeks", "over two weeks", "x 4 weeks", "for a 2 month".</summary>
    public static Parser<char, QuantityPiece> IntroducedDuration { get; } =
        TextParsers.FirstMatch(DurationIntroducers.Select(TextParsers.Keyword))
            .Then(TextParsers.Space)
            .Then(TextParsers.Keyword("a").Then(TextParsers.Space).Optional())
            .Then(Map((amount, unit) => new QuantityPiece { Duration = amount, DurationUnit = unit }, Amount, DurationUnit));

    /// <summary>A count after "times" or "x": "times 12", "x 6"; not a number of hours ("x 160 hours").</summary>
    public static Parser<char, QuantityPiece> TimesCount { get; } =
        TextParsers.FirstMatch([TextParsers.Keyword(TimesWords[0]), TextParsers.Phrase(TimesWords[1])])
            .Then(TextParsers.Space)
            .Then(Amount)
            .Before(Not(TextParsers.FirstMatch(HourWords.Select(TextParsers.Keyword))))
            .Select(amount => new QuantityPiece { Count = amount });

    /// <summary>A count after a number sign: "#6", "# 2".</summary>
    public static Parser<char, QuantityPiece> HashCount { get; } =
        Char(CountSign).Then(TextParsers.Space).Then(Amount).Select(amount => new QuantityPiece { Count = amount });

    /// <summary>A count after "QTY" or "quantity": "QTY: 2".</summary>
    public static Parser<char, QuantityPiece> LabelledCount { get; } =
        TextParsers.FirstMatch(CountLabels.Select(TextParsers.Keyword))
            .Then(Char(':').Optional())
            .Then(TextParsers.Space)
            .Then(Amount)
            .Select(amount => new QuantityPiece { Count = amount });

    /// <summary>A bare number after a comma at the very end of a request: "NCV of the bilateral lower extremities, 2".</summary>
    public static Parser<char, QuantityPiece> TrailingCount { get; } =
        Char(TrailingMark).Then(TextParsers.Space).Then(Amount).Before(Parser<char>.End).Select(amount => new QuantityPiece { Count = amount });

    /// <summary>"day supply: 30": a medication's days of supply.</summary>
    public static Parser<char, QuantityPiece> DaySupply { get; } =
        Map(
            (day, amount) => new QuantityPiece { Duration = amount, DurationUnit = new StatedTimeUnit(TimeUnit.Day, day) },
            PidginTextParsers.Captured(TextParsers.Keyword(SupplyDay)).Before(TextParsers.Keyword(" supply")).Before(Char(':').Optional()).Before(TextParsers.Space),
            Amount);

    /// <summary>A total in parentheses right after a frequency or duration: "(8)", "(12 sessions)".</summary>
    public static Parser<char, QuantityPiece> Total { get; } =
        Char(TotalOpen)
            .Then(TextParsers.Space)
            .Then(Amount)
            .Before(SessionNoun.Optional())
            .Before(Char(')'))
            .Select(amount => new QuantityPiece { Count = amount });

    /// <summary>
    /// A word after a number that makes the number part of a procedure's or device's name, not a
    /// count: "2 view X-rays", "4 lead TENS unit", "3 Tesla MRI", "2 channel unit", "3 phase bone scan"
    /// (written with a hyphen or glued, "two-view", "3D", the number is no count of its own anyway).
    /// </summary>
    public static Parser<char, Unit> NamePart { get; } =
        TextParsers.FirstMatch(NamePartWords.Select(TextParsers.Keyword));

    /// <summary>Where the words a count counts stop, but for the end of the request (see <see cref="Counted"/>).</summary>
    internal static Parser<char, Unit> CountedStop { get; } =
        TextParsers.FirstMatch(
            CountedLeads.SelectMany(lead => new[]
            {
                PidginTextParsers.PhraseBefore(lead, Number),
                PidginTextParsers.PhraseBefore(lead, IntroducedDuration),
            })
            .Concat(CountedTimes.Select(TextParsers.Keyword))
            .Append(TextParsers.AnyOf(CountedMarks).IgnoreResult()));

    /// <summary>A written-out number's digits in brackets after it, and the space after them: " (1) " of "One (1) x-ray".</summary>
    internal static Parser<char, Unit> CountedPrefix { get; } =
        TextParsers.Phrase(" (").Then(Integer).Then(Char(')')).Optional().Then(TextParsers.Space);

    /// <summary>
    /// What a count counts: the words after it up to the next quantity ("chiropractic visits for the
    /// neck" of "three chiropractic visits for the neck and six ..."; "sessions" of "6 sessions 2
    /// times a week"), a bracket or "#"; a list of regions stays whole ("sessions for the cervical,
    /// thoracic and lumbar spine"). A written-out number's digits in brackets are skipped ("One (1) x-ray").
    /// <see cref="QuantityReader"/> reads it, trying the stop only where it can start.
    /// </summary>
    public static Parser<char, OffsetRange> Counted { get; } =
        CountedPrefix.Then(PidginTextParsers.UpTo(TextParsers.FirstMatch([CountedStop, Parser<char>.End]), maxLength: CountedMaxLength));

    /// <summary>
    /// A number that opens a request and counts what it names: "Twelve physical therapy sessions",
    /// "12 Physical Therapy Treatments", "One (1) x-ray", "One platelet-rich plasma injection". Not
    /// a number of days, weeks, hours or refills ("Three months coverage", "Two refills of").
    /// </summary>
    public static Parser<char, QuantityPiece> OpeningCount { get; } =
        Map(
                (amount, written) => new QuantityPiece { Count = written.HasValue ? new StatedAmount(amount.Low with { Range = new OffsetRange(amount.Low.Range.Start, written.Value) }, amount.High) : amount },
                Amount,
                TextParsers.Phrase(" (").Then(Integer).Then(Char(')')).Then(TextParsers.Offset).Optional())
            .Before(Not(OneOf(
                DurationUnit.IgnoreResult(),
                TextParsers.FirstMatch(NotOpeningWords.Select(TextParsers.Keyword)),
                NamePart)))
            .Before(Lookahead(TextParsers.RequiredSpace.Then(Letter)));

    // The unit word is the end of the phrase: its range is the last word.Length characters.
    private static Parser<char, StatedTimeUnit> UnitPhrase(string lead, string word, TimeUnit unit) =>
        TextParsers.Keyword(lead + word).Then(TextParsers.Offset).Select(end => new StatedTimeUnit(unit, new OffsetRange(end - word.Length, end)));
}
