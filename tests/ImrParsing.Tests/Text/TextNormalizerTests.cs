using CsCheck;
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
    [InlineData("re-\u2028evaluation, non-\u0085opioid, pre-\u2029operative", "reevaluation, nonopioid, preoperative")]
    public void A_word_hyphenated_at_a_line_end_is_joined_as_pdftotext_joins_it(string raw, string expected) =>
        TextNormalizer.Normalize(raw).ShouldBe(expected);

    // '^' stands for U+FFFE, a noncharacter that test names (XML in some runners) cannot hold.
    [Theory]
    [InlineData("radicul^opathy secondary to herniation", "radiculopathy secondary to herniation")]
    [InlineData("Decision based on Non^MTUS Citation", "Decision based on NonMTUS Citation")]
    [InlineData("lumbar sprain^\r\nstrain", "lumbar sprainstrain")]
    [InlineData("x ^ray, ^ray, x-ray^", "x -ray, -ray, x-ray-")]
    public void PDFium_s_mark_of_a_line_end_hyphen_joins_the_word_as_the_hyphen_and_line_end_would(string raw, string expected) =>
        TextNormalizer.Normalize(raw.Replace('^', HyphenLookalikes.JoinedLineEnd)).ShouldBe(expected);

    [Theory]
    [InlineData("well-established", "well-established")]
    [InlineData("pain level -\n8 of 10", "pain level - 8 of 10")]
    [InlineData("ends with a hyphen-", "ends with a hyphen-")]
    public void Other_hyphens_are_kept(string raw, string expected) =>
        TextNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData("a 34\u2011year\u2011old male", "a 34-year-old male")]
    [InlineData("Non\u2010MTUS Citation", "Non-MTUS Citation")]
    [InlineData("dated 10\u221213\u221216", "dated 10-13-16")]
    [InlineData("non\u00ADcertified", "non-certified")]
    [InlineData("first line therapy to include non\u00AD\nopioid analgesics", "first line therapy to include nonopioid analgesics")]
    [InlineData("re\u2010 \r\nevaluation", "reevaluation")]
    [InlineData("pain level \u2212\n8 of 10", "pain level - 8 of 10")]
    public void A_character_that_stands_for_a_hyphen_is_a_hyphen(string raw, string expected) =>
        TextNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData("trigger \uFB01nger", "trigger finger")]
    [InlineData("O\uFB03cial  Disability\nGuidelines", "Official Disability Guidelines")]
    [InlineData("a\uFB00ected area, 1 re\uFB01ll", "affected area, 1 refill")]
    [InlineData("non-\n\uFB02uoroscopic", "nonfluoroscopic")]
    public void A_ligature_is_written_out(string raw, string expected) =>
        TextNormalizer.Normalize(raw).ShouldBe(expected);

    [Fact]
    public void A_long_text_with_ligatures_is_written_out_whole()
    {
        string raw = string.Concat(Enumerable.Repeat("\uFB03 ", 400));

        TextNormalizer.Normalize(raw).ShouldBe(string.Join(' ', Enumerable.Repeat("ffi", 400)));
    }

    [Theory]
    [InlineData("a b", true)]
    [InlineData("a  b", false)]
    [InlineData(" a", false)]
    [InlineData("a\nb", false)]
    [InlineData("a\u00A0b", false)]
    [InlineData("non-certified", true)]
    [InlineData("non\u2011certified", false)]
    [InlineData("certi\uFB01ed", false)]
    public void IsNormalized_tells_canonical_text(string text, bool expected) =>
        TextNormalizer.IsNormalized(text).ShouldBe(expected);

    [Fact]
    public void A_text_with_PDFium_s_mark_of_a_line_end_hyphen_is_not_canonical() =>
        TextNormalizer.IsNormalized($"radicul{HyphenLookalikes.JoinedLineEnd}opathy").ShouldBeFalse();

    [Fact]
    public void Normalizing_into_a_short_buffer_is_refused() =>
        Should.Throw<ArgumentException>(() => TextNormalizer.Normalize("abc", new char[2]));

    [Fact]
    public void Runs_copied_whole_give_what_a_character_at_a_time_gives_offsets_included()
    {
        // Letters weighted over white space, so that runs of words with single spaces (copied as
        // one run) meet doubled spaces, line ends and hyphens at every place.
        var texts = Gen.Char["aaaab1-.,:    \t\n\r\f\u00A0\u2003é\u2010\u00AD"].Array[0, 80].Select(chars => new string(chars));
        texts.Sample(raw =>
        {
            char[] text = new char[raw.Length];
            int[] offsets = new int[raw.Length];
            int written = TextNormalizer.Normalize(raw, text, offsets);
            char[] plain = new char[raw.Length];
            int plainWritten = TextNormalizer.Normalize(raw, plain);
            var (expected, expectedOffsets) = OneCharacterAtATime(raw);
            return new string(text, 0, written) == expected && offsets.AsSpan(0, written).SequenceEqual(expectedOffsets)
                && new string(plain, 0, plainWritten) == expected;
        }, iter: 30_000);
    }

    // The normalizer's rules written as plainly as possible: the reference the fast one is held to.
    private static (string Text, int[] Offsets) OneCharacterAtATime(string raw)
    {
        var text = new System.Text.StringBuilder();
        var offsets = new List<int>();
        bool pendingSpace = false;
        int spaceStart = 0;
        for (int i = 0; i < raw.Length;)
        {
            char c = raw[i];
            if (CharSets.IsSpace(c))
            {
                spaceStart = pendingSpace ? spaceStart : i;
                pendingSpace = text.Length > 0;
                i++;
            }
            else if (IsHyphen(c) && text.Length > 0 && !pendingSpace && TextNormalizer.IsLineEndHyphen(raw, i, out int resume))
            {
                i = resume;
            }
            else
            {
                if (pendingSpace)
                {
                    text.Append(' ');
                    offsets.Add(spaceStart);
                    pendingSpace = false;
                }

                text.Append(IsHyphen(c) ? '-' : c);
                offsets.Add(i);
                i++;
            }
        }

        return (text.ToString(), [.. offsets]);
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u00AD' or '\u2212';
}
