using ImrParsing.Benchmarks;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>The counts the benchmarks' own commands (`interleaved`, `allocations`) take.</summary>
public sealed class BenchmarkArgumentsTests
{
    [Theory]
    [InlineData(new[] { "allocations" }, 1, true, 10)]
    [InlineData(new[] { "allocations", "6" }, 1, true, 6)]
    [InlineData(new[] { "allocations", "6", "25" }, 2, true, 25)]
    [InlineData(new[] { "allocations", "0" }, 1, false, 0)]
    [InlineData(new[] { "allocations", "-3" }, 1, false, 0)]
    [InlineData(new[] { "allocations", "+3" }, 1, false, 0)]
    [InlineData(new[] { "allocations", "1.5" }, 1, false, 0)]
    [InlineData(new[] { "allocations", "ten" }, 1, false, 0)]
    [InlineData(new[] { "allocations", "99999999999" }, 1, false, 0)]
    public void A_count_is_a_whole_number_of_one_or_more_or_the_fallback_when_left_out(string[] args, int index, bool valid, int expected)
    {
        Arguments.TryCount(args, index, fallback: 10, out int count).ShouldBe(valid);
        if (valid)
        {
            count.ShouldBe(expected);
        }
    }
}
