using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>A whole number a request states, in digits ("12") or words ("Twelve"), and where it is, as the Pidgin rules read it.</summary>
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
