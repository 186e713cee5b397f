using System.Text.RegularExpressions;
using CsCheck;
using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

/// <summary>
/// The marks of Markdown, which extractors that write Markdown put around a letter's words, read as
/// spaces, character for character; the same characters in a plain letter ("#60", "file_name",
/// "2 * 3") are kept.
/// </summary>
public sealed class ReadableTextTests
{
    [Theory]
    [InlineData("## IMR ISSUES, DECISIONS AND RATIONALES", "   IMR ISSUES, DECISIONS AND RATIONALES")]
    [InlineData("text\n  # HOW THE IMR FINAL DETERMINATION WAS MADE", "text\n    HOW THE IMR FINAL DETERMINATION WAS MADE")]
    [InlineData("**Case Number:** CM16-0213037", "  Case Number:   CM16-0213037")]
    [InlineData("MRI of the right shoulder: __Upheld__", "MRI of the right shoulder:   Upheld  ")]
    [InlineData("_Decision rationale:_ The request", " Decision rationale:  The request")]
    [InlineData("***Overturned***", "   Overturned   ")]
    [InlineData("a thin film*\nover", "a thin film \nover")]
    [InlineData("Low Back - Lumbar &amp; Thoracic (Acute &amp; Chronic)", "Low Back - Lumbar &     Thoracic (Acute &     Chronic)")]
    [InlineData("pain &lt; 3/10,&nbsp;walks", "pain <    3/10,      walks")]
    [InlineData("* Lumbar strain\n* Neck strain", "  Lumbar strain\n  Neck strain")]
    [InlineData("| Case Number: | CM16-0213037 |\n|---|:---:|\n| Priority: | Standard |", "  Case Number:   CM16-0213037  \n           \n  Priority:   Standard  ")]
    public void Markdown_marks_read_as_spaces(string text, string expected)
    {
        string readable = ReadableText.Of(text);

        readable.ShouldBe(expected);
        readable.Length.ShouldBe(text.Length);
    }

    [Theory]
    [InlineData("<tr><td>Case Number:</td><td colspan=\"2\">CM16-0213037</td></tr>")]
    [InlineData("<b>Decision rationale:</b> The request<br/>is <STRONG>Upheld</STRONG>")]
    [InlineData("IMR ISSUES, DECISIONS AND RATIONALES\n<image: DeviceRGB, width: 376, height: 92, bpc: 8>\nThe Final Determination")]
    [InlineData("a logo <image: DeviceGray, width: 20, height: 10, bpc: 1> inside a line")]
    public void HTML_tags_of_text_and_tables_read_as_spaces(string text) =>
        ReadableText.Of(text).ShouldBe(Regex.Replace(text, "<[^>]*>", tag => new string(' ', tag.Length)));

    [Theory]
    [InlineData("Case Number: CM16 -0213037", "Case Number:  CM16-0213037")]
    [InlineData("injury on 10- 13-16, 34 -year-old, L4 -5", "injury on  10-13-16,  34-year-old,  L4-5")]
    [InlineData("Non -MTUS, x -ray, non- certified", " Non-MTUS,  x-ray,  non-certified")]
    [InlineData("**CM16 -0213037**", "   CM16-0213037  ")]
    public void A_space_on_one_side_of_a_hyphen_inside_a_word_moves_to_the_word_s_start(string text, string expected)
    {
        string readable = ReadableText.Of(text, out var moved);

        readable.ShouldBe(expected);
        moved.ShouldNotBeNull();
        int word = expected.IndexOf("-", StringComparison.Ordinal);
        int wordStart = expected.LastIndexOf(' ', word) + 1;
        moved.ToInputStart(wordStart).ShouldBe(wordStart - 1, "the word's first character stands one place left in the input");
    }

    [Theory]
    [InlineData("Case Number:   CM16 - 0213037  Date", "Case Number:     CM16-0213037  Date")]
    [InlineData("CM16 - 0213037", "  CM16-0213037")]
    [InlineData("claim WC12 - 345678, CM17 - 0021791", "claim   WC12-345678,   CM17-0021791")]
    public void The_spaces_on_both_sides_of_an_identifier_s_hyphen_move_to_its_start(string text, string expected)
    {
        string readable = ReadableText.Of(text, out var moved);

        readable.ShouldBe(expected);
        moved.ShouldNotBeNull();
        int hyphen = expected.IndexOf('-', StringComparison.Ordinal);
        int wordStart = expected.LastIndexOf(' ', hyphen) + 1;
        int wordEnd = expected.IndexOfAny([' ', ','], hyphen) is var end and >= 0 ? end : expected.Length;
        var (start, inputEnd) = moved.ToInput(wordStart, wordEnd);
        text[start..inputEnd].Replace(" ", string.Empty, StringComparison.Ordinal).ShouldBe(expected[wordStart..wordEnd]);
        moved.ToRead(start, inputEnd).ShouldBe((wordStart, wordEnd));
        moved.IsMovedSpace(wordStart - 1).ShouldBeTrue();
        moved.IsMovedSpace(wordStart - 2).ShouldBeTrue();
    }

    [Theory]
    [InlineData("L4 - 5, q4 - 6 hours, 10 - 12345, pages 3 - 4")]
    [InlineData("CM16 - 0213037x, x-CM16 - 0213037, CM16 -  0213037")]
    public void The_spaces_of_other_hyphens_set_apart_stay(string text)
    {
        ReadableText.Of(text, out var moved).ShouldBeSameAs(text);
        moved.ShouldBeNull();
    }

    [Theory]
    [InlineData("range of motion 0 to -5 degrees")]
    [InlineData("pre- and post-operative, 10- to 12-week, first- or second-line")]
    [InlineData("pain level - 8, a dash -- here, - a bullet")]
    [InlineData("the ACOEM guidelines- low back chapter, diagnostic imaging -Magnetic resonance")]
    public void Other_spaces_by_hyphens_stay(string text)
    {
        ReadableText.Of(text, out var moved).ShouldBeSameAs(text);
        moved.ShouldBeNull();
    }

    [Theory]
    [InlineData("a\u2028b\u0085c\u2029d", "a\nb\nc\nd")]
    [InlineData("a\r\u2028b", "a\r\rb")]
    [InlineData("text\u2028## IMR ISSUES\u2028| Priority: | Standard |", "text\n   IMR ISSUES\n  Priority:   Standard  ")]
    public void Unicode_line_ends_read_as_line_ends_each(string text, string expected) =>
        ReadableText.Of(text).ShouldBe(expected);

    [Fact]
    public void The_text_keeps_its_length_and_lines_and_only_marks_change()
    {
        // Marks, their look-alikes in prose, line ends and words, at every place. A mark reads as a
        // space (a table's rule row "|---|" whole), a hyphen look-alike as '-', a line end past ASCII
        // as '\n' (or '\r' after a '\r'); nothing else changes.
        var texts = Gen.Char["ab1 -#*_|&<>;/=\n\r\f\u2011\u00AD\u2028\u0085"].Array[0, 60].Select(chars => new string(chars))
            .Select(text => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "<td>", StringComparison.Ordinal));
        texts.Sample(text =>
        {
            string readable = ReadableText.Of(text, out var moved);
            for (int i = 0; i < text.Length; i++)
            {
                // A word whose space moved to its start has its characters one place right.
                bool movedSpace = moved is not null && moved.IsMovedSpace(i) && readable[i] == ' ';
                char was = movedSpace ? ' ' : text[moved?.ToInputStart(i) ?? i], now = readable[i];
                bool allowed = was == now
                    || (now == ' ' && "#*_|&<>/amptd;-".Contains(was, StringComparison.Ordinal))
                    || (now == '-' && was is '\u2011' or '\u00AD')
                    || (now == (i > 0 && text[i - 1] == '\r' ? '\r' : '\n') && was is '\u2028' or '\u0085');
                if (!allowed || (was is '\n' or '\r' or '\f' && now != was))
                {
                    return false;
                }
            }

            return readable.Length == text.Length;
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Norco 10/325mg #60\n#30 is not medically necessary.")]
    [InlineData("Claim #: 12345, see file_name_2 and 2 * 3 = 6")]
    [InlineData("Apply a thin film (*) over the area, a|b, a*b, x_y")]
    [InlineData("#hashtag at a line's start, ####### seven")]
    [InlineData("Norco 10/325mg\n# 60 is not medically necessary.")]
    [InlineData("Lumbar & Thoracic, AT&amp;T, &lt;2 weeks, &c.")]
    [InlineData("pain <2 weeks, <= 3, a <b and c> d, <tr\n>")]
    [InlineData("an <image: not a placeholder> and <image:\nwidth: 3, height: 4>")]
    public void The_same_characters_in_plain_text_are_kept(string text) =>
        ReadableText.Of(text).ShouldBeSameAs(text);
}
