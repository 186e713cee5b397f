using ImrParsing.Text;

namespace ImrParsing.Tests.Infrastructure;

public static class SpanAssert
{
    /// <summary>The spans, in order, cover [0, length) with no gap and no overlap.</summary>
    public static void Tiles(IEnumerable<TextSpan> spans, int length)
    {
        int expected = 0;
        foreach (var span in spans)
        {
            span.Start.ShouldBe(expected, $"a span should start where the previous one ended ({expected})");
            span.Length.ShouldBeGreaterThan(0);
            expected = span.End;
        }

        expected.ShouldBe(length, "the spans should end at the end of the input");
    }
}
