using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("MRI of the  right\nshoulder ", "MRI of the right shoulder")]
    [InlineData("\uFEFF\u00A0IMR ISSUES,\u00A0DECISIONS\r\n", "IMR ISSUES, DECISIONS")]
    [InlineData("necessary.\n\n\fMRI", "necessary. MRI")]
    [InlineData("\t a \t\v b \u2003", "a b")]
    [InlineData("", "")]
    [InlineData(" \n\f ", "")]
    public void White_space_folds_to_single_spaces(string raw, string expected) =>
        TextNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData("first line therapy to include non-\nopioid analgesics", "first line therapy to include nonopioid analgesics")]
    [InlineData("dated 10-30-\n2016, the injured", "dated 10-302016, the injured")]
    [InlineData("to follow-up for re-\n\n\fevaluation.", "to follow-up for reevaluation.")]
    [InlineData("H2- \r\nreceptor", "H2receptor")]
    [InlineData("Flurbiprofen 10%-\nCyclobenzaprine 3%", "Flurbiprofen 10%Cyclobenzaprine 3%")]
    [InlineData("range-of-\n(motion)", "range-of(motion)")]
    [InlineData("imaging --\nMagnetic", "imaging -Magnetic")]
    public void A_word_hyphenated_at_a_line_end_is_joined_as_pdftotext_joins_it(string raw, string expected) =>
        TextNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData("well-established", "well-established")]
    [InlineData("pain level -\n8 of 10", "pain level - 8 of 10")]
    [InlineData("ends with a hyphen-", "ends with a hyphen-")]
    public void Other_hyphens_are_kept(string raw, string expected) =>
        TextNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData("a b", true)]
    [InlineData("a  b", false)]
    [InlineData(" a", false)]
    [InlineData("a\nb", false)]
    [InlineData("a\u00A0b", false)]
    public void IsNormalized_tells_canonical_text(string text, bool expected) =>
        TextNormalizer.IsNormalized(text).ShouldBe(expected);

    [Fact]
    public void Normalizing_into_a_short_buffer_is_refused() =>
        Should.Throw<ArgumentException>(() => TextNormalizer.Normalize("abc", new char[2]));
}
