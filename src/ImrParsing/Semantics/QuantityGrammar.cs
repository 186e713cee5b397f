using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// How requests state quantities: counts ("Twelve sessions", "12 visits", "#6", "times 12",
/// "QTY: 2"), frequencies ("2 times a week", "3 visits per week", "twice weekly", "daily"),
/// durations ("for 4 weeks", "times six weeks", "over two weeks", "30 day rental", "7-10 days")
/// and the letters' shorthand "2 times 8", "2x4", "two times four visits (8)". Each rule reads
/// from where a quantity may start; <see cref="QuantityReader"/> reads them, written by hand over
/// a request's tokens: these rules are its description and its tests' reference.
/// </summary>
internal static class QuantityGrammar
{
    /// <summary>The number words and their values.</summary>
    internal static readonly (string Word, int Value)[] NumberWords =
    [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("sixty", 60), ("ninety", 90),
    ];

    /// <summary>The units of a duration, in the order they are tried.</summary>
    internal static readonly (string Word, TimeUnit Unit)[] UnitWords =
    [
        ("days", TimeUnit.Day), ("day", TimeUnit.Day), ("weeks", TimeUnit.Week), ("week", TimeUnit.Week),
        ("wks", TimeUnit.Week), ("wk", TimeUnit.Week), ("months", TimeUnit.Month), ("month", TimeUnit.Month),
        ("years", TimeUnit.Year), ("year", TimeUnit.Year),
    ];

    /// <summary>The periods of a frequency, in the order they are tried.</summary>
    internal static readonly (string Word, TimeUnit Unit)[] PeriodWords =
    [
        ("week", TimeUnit.Week), ("wk", TimeUnit.Week), ("day", TimeUnit.Day), ("month", TimeUnit.Month), ("year", TimeUnit.Year),
    ];

    /// <summary>The adverbs of a period: "weekly".</summary>
    internal static readonly (string Word, TimeUnit Unit)[] PeriodAdverbs =
    [
        ("weekly", TimeUnit.Week), ("daily", TimeUnit.Day), ("monthly", TimeUnit.Month), ("yearly", TimeUnit.Year),
    ];

    /// <summary>What stands between a frequency's number and its period: " a week", "/week".</summary>
    internal static readonly string[] PeriodLeads = [" a ", " per ", " each ", " every ", "/", " / ", " "];

    /// <summary>The words of what is counted, with the space before them.</summary>
    internal static readonly string[] SessionNouns = [" sessions", " session", " visits", " visit", " treatments", " treatment"];

    /// <summary>What follows a number to make it a frequency: " times", "x".</summary>
    internal static readonly string[] TimesMarks = [" times", " time", " x", "x"];

    /// <summary>Units of time a count after "times" or "x" is not a count of: "x 160 hours".</summary>
    internal static readonly string[] HourWords = [" hours", " hour", " hrs", " minutes", " mins"];

    /// <summary>Words after an opening number that make it no count: "Three months", "Two refills of".</summary>
    internal static readonly string[] NotOpeningWords = [" times", " time", " refills", " refill", " hours", " hour", " minutes", " mins", " in", " to", " of", " mg"];

    /// <summary>Words after a number that make it part of a name: "2 view X-rays".</summary>
    internal static readonly string[] NamePartWords = [" views", " view", " leads", " lead", " tesla", " channels", " channel", " phase", " dimensional", " level", " compartment"];

    /// <summary>The words that introduce a duration: "for 4 weeks", "times six weeks", "over two weeks", "x 4 weeks".</summary>
    internal static ImmutableArray<string> DurationIntroducers { get; } = ["for", "times", "over", "x"];

    /// <summary>The words a count after a times sign starts with: "times 12", "x 6" (with "x", glued: "x6").</summary>
    internal static ImmutableArray<string> TimesWords { get; } = ["times", "x"];

    /// <summary>The adverbs of a frequency, with the times they say: "twice a week".</summary>
    internal static ImmutableArray<(string Word, int Times)> FrequencyAdverbs { get; } = [("twice", 2), ("once", 1), ("thrice", 3)];

    /// <summary>The adverbs of a period alone: "daily", "weekly".</summary>
    internal static IEnumerable<string> PeriodAdverbWords => PeriodAdverbs.Select(adverb => adverb.Word);

    /// <summary>The labels of a count: "QTY: 2".</summary>
    internal static ImmutableArray<string> CountLabels { get; } = ["qty", "quantity"];

    /// <summary>The word a medication's days of supply start with: "day supply: 30".</summary>
    internal const string SupplyDay = "day";

    /// <summary>The mark a count starts with: "#6".</summary>
    internal const char CountSign = '#';

    /// <summary>The mark a total starts with: "(8)".</summary>
    internal const char TotalOpen = '(';

    /// <summary>The mark a trailing count starts with: ", 2".</summary>
    internal const char TrailingMark = ',';

    /// <summary>The number words "one" to "twenty", "thirty", ..., any case.</summary>
    internal static FrozenSet<string> NumberWordSet { get; } =
        NumberWords.Select(word => word.Word).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A whole number of at most three digits ("12"); a longer run of digits is not a quantity.</summary>
    public static Parser<char, int> Integer { get; } =
        TextParsers.Digits
            .Assert(digits => digits.Length <= 3, "a number of at most three digits")
            .Select(digits => int.Parse(digits, CultureInfo.InvariantCulture));

    /// <summary>A number written as a word, "one" to "twenty", "thirty", ...; any case.</summary>
    public static Parser<char, int> NumberWord { get; } =
        OneOf(NumberWords.Select(word => TextParsers.Keyword(word.Word).ThenReturn(word.Value)));

    /// <summary>A number in digits or words, with where it is.</summary>
    public static Parser<char, StatedNumber> Number { get; } =
        TextParsers.WithRange(OneOf(Integer, NumberWord)).Select(found => new StatedNumber(found.Value, found.Range));

    /// <summary>A number or a range: "4", "Twelve", "7-10", "1-2", "two to three".</summary>
    public static Parser<char, StatedAmount> Amount { get; } =
        Map(
            (low, high) => new StatedAmount(low, high.HasValue ? high.Value : null),
            Number,
            OneOf(TextParsers.Joiner("-\u2013").IgnoreResult(), TextParsers.PhraseBefore(" to ", Number))
                .Then(Number)
                .Optional());

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
            TextParsers.WithRange(OneOf(FrequencyAdverbs.Select(adverb => TextParsers.Keyword(adverb.Word).ThenReturn(adverb.Times)))),
            Period);

    /// <summary>"daily", "weekly", "monthly" alone: once a day, a week, a month.</summary>
    public static Parser<char, QuantityPiece> EveryPeriod { get; } =
        OneOf(PeriodAdverbs.Select(adverb => TextParsers.Captured(TextParsers.Keyword(adverb.Word)).Select(range => new QuantityPiece
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
            TextParsers.Captured(TextParsers.Keyword(SupplyDay)).Before(TextParsers.Keyword(" supply")).Before(Char(':').Optional()).Before(TextParsers.Space),
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

    // Where the words a count counts stop: before a number or a duration after one of these leads,
    // before " x" or " times", at one of the marks, or at the end of the request.
    internal static readonly string[] CountedLeads = [" ", ", ", " and ", " plus ", "; "];

    internal static readonly string[] CountedTimes = [" x", " times"];

    internal const string CountedMarks = ";()#";

    /// <summary>The longest stretch of words a count counts.</summary>
    internal const int CountedMaxLength = 120;

    /// <summary>Where the words a count counts stop, but for the end of the request (see <see cref="Counted"/>).</summary>
    internal static Parser<char, Unit> CountedStop { get; } =
        TextParsers.FirstMatch(
            CountedLeads.SelectMany(lead => new[]
            {
                TextParsers.PhraseBefore(lead, Number),
                TextParsers.PhraseBefore(lead, IntroducedDuration),
            })
            .Concat(CountedTimes.Select(TextParsers.Keyword))
            .Append(TextParsers.AnyOf(CountedMarks).IgnoreResult()));

    /// <summary>The characters <see cref="CountedStop"/> can start at, from its own leads and marks.</summary>
    internal static SearchValues<char> CountedStopStarts { get; } = SearchValues.Create(
        string.Concat(CountedLeads.Concat(CountedTimes).Select(lead => lead[0] == ' ' ? CharSets.AnySpaceChars : lead[..1]).Distinct()) + CountedMarks);

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
        CountedPrefix.Then(TextParsers.UpTo(TextParsers.FirstMatch([CountedStop, Parser<char>.End]), maxLength: CountedMaxLength));

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
