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
/// The words and numbers requests state quantities with: counts ("Twelve sessions", "12 visits",
/// "#6", "times 12", "QTY: 2"), frequencies ("2 times a week", "3 visits per week", "twice
/// weekly", "daily"), durations ("for 4 weeks", "times six weeks", "over two weeks", "30 day
/// rental", "7-10 days") and the letters' shorthand "2 times 8", "2x4", "two times four visits
/// (8)". <see cref="QuantityReader"/> reads the quantities with these vocabularies; the numbers
/// and ranges are also rules of their own here, for the medication grammar.
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

    // Where the words a count counts stop: before a number or a duration after one of these leads,
    // before " x" or " times", at one of the marks, or at the end of the request.
    internal static readonly string[] CountedLeads = [" ", ", ", " and ", " plus ", "; "];

    internal static readonly string[] CountedTimes = [" x", " times"];

    internal const string CountedMarks = ";()#";

    /// <summary>The longest stretch of words a count counts.</summary>
    internal const int CountedMaxLength = 120;

    /// <summary>The characters where the words a count counts can stop, from the stop's own leads and marks.</summary>
    internal static SearchValues<char> CountedStopStarts { get; } = SearchValues.Create(
        string.Concat(CountedLeads.Concat(CountedTimes).Select(lead => lead[0] == ' ' ? CharSets.AnySpaceChars : lead[..1]).Distinct()) + CountedMarks);
}
