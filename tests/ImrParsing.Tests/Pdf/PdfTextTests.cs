using System.Collections.Immutable;
using ImrParsing.Pdf;
using ImrParsing.Text;

namespace ImrParsing.Tests.Pdf;

public sealed class PdfTextTests
{
    // Constructed: three pages "one", "two", "three" joined as the PDF reader joins them.
    private static readonly PdfText ThreePages = new("one\n\ftwo\n\fthree", [0, 5, 10]);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 1)] // the line break and form feed that end a page belong to it
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 3)]
    [InlineData(14, 3)]
    [InlineData(99, 3)]
    public void Offsets_map_to_their_page(int offset, int page) => ThreePages.GetPageNumber(offset).ShouldBe(page);

    [Fact]
    public void A_span_across_a_page_break_covers_both_pages()
    {
        ThreePages.GetPageRange(new TextSpan(2, 5, 1, 3)).ShouldBe(new PdfPageRange(1, 2));
        ThreePages.GetPageRange(new TextSpan(5, 3, 2, 2)).ShouldBe(new PdfPageRange(2, 2));
        ThreePages.GetPageRange(new TextSpan(10, 0, 3, 2)).ShouldBe(new PdfPageRange(3, 3));
    }

    [Fact]
    public void Pages_read_back_without_their_break()
    {
        Enumerable.Range(1, 3).Select(ThreePages.GetPage).ShouldBe(["one", "two", "three"]);
        Should.Throw<ArgumentOutOfRangeException>(() => ThreePages.GetPage(4));
    }

    [Fact]
    public void Empty_pages_keep_their_numbers()
    {
        var text = new PdfText("a\n\f\n\fb", [0, 3, 5]);

        text.GetPageNumber(3).ShouldBe(2);
        text.GetPageNumber(5).ShouldBe(3);
        text.GetPage(2).ShouldBe("");
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 1 })]
    [InlineData(new[] { 0, 3, 2 })]
    [InlineData(new[] { 0, 99 })]
    public void Page_starts_must_describe_the_text(int[] starts) =>
        Should.Throw<ArgumentException>(() => new PdfText("one\n\ftwo", [.. starts]));
}
