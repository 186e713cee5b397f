namespace ImrParsing.Syntax;

/// <summary>
/// How much of a service a request asks for, only as the letter states it: a count ("Twelve
/// sessions", "#6", "times 12", "(8)"), a frequency ("2 times a week", "twice weekly") and a
/// duration ("for 4 weeks", "30 day rental"). Nothing is computed: "2 times a week for 4 weeks"
/// gives a frequency and a duration, no count. A range ("1-2 visits", "7-10 days") gives its lower
/// number and its <c>...Maximum</c>.
/// </summary>
public sealed record RequestQuantity
{
    /// <summary>The number of sessions, visits or units, with the words that state it ("Twelve", "6", "#6").</summary>
    public Spanned<int>? Count { get; init; }

    /// <summary>
    /// What the count counts, as the words after it say ("chiropractic visits for the neck" of
    /// "three chiropractic visits for the neck"); null when no words follow it ("#6").
    /// </summary>
    public TextValue? Counted { get; init; }

    /// <summary>The upper number when the count is a range ("2" of "1-2 visits").</summary>
    public Spanned<int>? CountMaximum { get; init; }

    /// <summary>How many times per <see cref="FrequencyPeriod"/> ("2" of "2 times a week", "twice", "daily").</summary>
    public Spanned<int>? Frequency { get; init; }

    /// <summary>The upper number when the frequency is a range ("three" of "two to three times a week").</summary>
    public Spanned<int>? FrequencyMaximum { get; init; }

    /// <summary>The period of the frequency ("week" of "2 times a week"); null when not stated ("2 times 8").</summary>
    public Spanned<TimeUnit>? FrequencyPeriod { get; init; }

    /// <summary>How long, in <see cref="DurationUnit"/>s ("4" of "for 4 weeks", "8" of "2 times 8").</summary>
    public Spanned<int>? Duration { get; init; }

    /// <summary>The upper number when the duration is a range ("10" of "7-10 days").</summary>
    public Spanned<int>? DurationMaximum { get; init; }

    /// <summary>The unit of the duration ("weeks" of "for 4 weeks"); null when not stated ("2 times 8").</summary>
    public Spanned<TimeUnit>? DurationUnit { get; init; }
}
