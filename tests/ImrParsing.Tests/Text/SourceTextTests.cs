using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 2, 1)]
    [InlineData(7, 3, 1)]
    [InlineData(9, 4, 1)]
    [InlineData(10, 4, 2)]
    public void Lines_end_at_LF_CRLF_and_lone_CR_but_not_at_form_feeds(int offset, int line, int column)
    {
        var source = SourceText.From("ab\ncd\r\ne\r\f\n");

        source.GetLinePosition(offset).ShouldBe((line, column));
    }

    [Theory]
    [InlineData(2, 2, 1)]
    [InlineData(4, 3, 1)]
    [InlineData(6, 4, 1)]
    [InlineData(8, 5, 1)]
    [InlineData(9, 6, 1)]
    public void Lines_also_end_at_NEL_LS_and_PS_each_after_a_CR_too(int offset, int line, int column)
    {
        var source = SourceText.From("a\u0085b\u2028c\u2029d\r\u2028e");

        source.GetLinePosition(offset).ShouldBe((line, column));
    }

    [Fact]
    public void A_span_knows_its_line_and_column()
    {
        var source = SourceText.From("one\ntwo three");

        var span = source.GetSpan(8, 5);

        span.ShouldBe(new TextSpan(8, 5, 2, 5));
        source.ToString(span).ShouldBe("three");
        span.End.ShouldBe(13);
    }
}
