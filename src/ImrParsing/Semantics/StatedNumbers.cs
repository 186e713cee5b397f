using ImrParsing.Parsers;
using ImrParsing.Syntax;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>A whole number a request states, in digits ("12") or words ("Twelve"), and where it is.</summary>
/// <param name="Value">The number.</param>
/// <param name="Range">Where its words are, relative to the parsed text.</param>
internal readonly record struct StatedNumber(int Value, OffsetRange Range)
{
    /// <summary>The same number with its range moved by <paramref name="offset"/>.</summary>
    public StatedNumber Shift(int offset) => this with { Range = Range.Shift(offset) };
}

/// <summary>A number ("4") or a range of numbers ("7-10", "two to three") a request states.</summary>
/// <param name="Low">The number, or the lower end of the range.</param>
/// <param name="High">The upper end of the range; null for a single number.</param>
internal readonly record struct StatedAmount(StatedNumber Low, StatedNumber? High)
{
    /// <summary>The same amount with its ranges moved by <paramref name="offset"/>.</summary>
    public StatedAmount Shift(int offset) => new(Low.Shift(offset), High?.Shift(offset));
}

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
