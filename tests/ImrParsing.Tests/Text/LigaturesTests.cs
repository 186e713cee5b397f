using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

public sealed class LigaturesTests
{
    [Theory]
    [InlineData("O\uFB03cial Disability Guidelines", "Official Disability Guidelines")]
    [InlineData("Certi\uFB01cation(s)/Specialty: Family Practice", "Certification(s)/Specialty: Family Practice")]
    [InlineData("\uFB02exion, e\uFB00ect, ba\uFB04e, \uFB05, \uFB06", "flexion, effect, baffle, st, st")]
    [InlineData("\uFB01", "fi")]
    public void Ligatures_are_written_out(string text, string expected)
    {
        Ligatures.In(text).ShouldBeTrue();
        Ligatures.WrittenOut(text).ShouldBe(expected);
        Ligatures.WrittenOut(text.AsSpan()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Official Disability Guidelines")]
    [InlineData("")]
    [InlineData("\uFAFF\uFB07 no ligature on either side of the block")]
    public void A_text_without_them_is_kept_as_it_is(string text)
    {
        Ligatures.In(text).ShouldBeFalse();
        Ligatures.WrittenOut(text).ShouldBeSameAs(text);
    }
}
