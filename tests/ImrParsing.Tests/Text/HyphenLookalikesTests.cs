using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

/// <summary>
/// Characters a PDF's font maps its hyphen glyph to are read as '-': the rules see '-' at the same
/// offsets, and values keep the input's own characters in their text and '-' in their canonical value.
/// </summary>
public sealed class HyphenLookalikesTests
{
    [Fact]
    public void A_text_without_them_is_returned_as_it_is()
    {
        string text = "a 34-year-old male";

        ReadableText.Of(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void Each_becomes_a_hyphen_at_the_same_offset()
    {
        string text = "Non\u2010MTUS, 34\u2011year\u2011old, non\u00ADcertified, 10\u221213\u221216 - \u2013";

        string folded = ReadableText.Of(text);

        folded.ShouldBe("Non-MTUS, 34-year-old, non-certified, 10-13-16 - \u2013");
        folded.Length.ShouldBe(text.Length);
    }

    [Theory]
    [InlineData('\u2010', true)]
    [InlineData('\u2011', true)]
    [InlineData('\u00AD', true)]
    [InlineData('\u2212', true)]
    [InlineData('-', false)]
    [InlineData('\u2013', false)]
    [InlineData('\u2014', false)]
    [InlineData('a', false)]
    public void Only_hyphens_are_look_alikes_not_dashes(char c, bool expected) =>
        HyphenLookalikes.Is(c).ShouldBe(expected);

    [Fact]
    public void A_letter_written_with_no_break_hyphens_reads_as_with_hyphens_and_keeps_its_own_text()
    {
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0219557");
        string written = letter.Replace('-', '\u2011');

        var expected = ImrDocument.Parse(letter);
        var document = ImrDocument.Parse(written);

        document.CaseSummary!.Patient!.Age!.Value.Value.ShouldBe(34);
        expected.CaseSummary!.Patient!.Age!.Value.Value.ShouldBe(34);
        var citations = document.Items.SelectMany(item => item.MaximusGuideline?.Citations ?? []).ToList();
        citations.Select(citation => (citation.Mtus, citation.Title?.Value))
            .ShouldBe(expected.Items.SelectMany(item => item.MaximusGuideline?.Citations ?? []).Select(citation => (citation.Mtus, citation.Title?.Value)));
        citations.ShouldContain(citation => !citation.Mtus);

        document.Header!.CaseNumber!.Value.ShouldBe("CM16-0219557");
        document.Header.CaseNumber.Text.ShouldBe("CM16\u20110219557");
        document.Source!.Text.ShouldBeSameAs(written);
    }
}
