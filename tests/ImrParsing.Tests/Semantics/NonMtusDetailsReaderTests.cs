using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The structure of Non-MTUS citations as <see cref="NonMtusDetailsReader"/> reads it: guideline
/// name, chapter in words (ODG's published chapter list), update date and topics. The sentences are
/// constructed in the letters' style.
/// </summary>
public sealed class NonMtusDetailsReaderTests
{
    private static GuidelineCitation Read(string text)
    {
        var context = new SourceReaderContext(text);
        return NonMtusDetailsReader.Read(context, context.Value(0, text.Length).ShouldNotBeNull());
    }

    private static string Describe(string text)
    {
        var c = Read(text);
        return string.Join(" | ",
            c.Title?.Text ?? "-",
            c.ChapterName?.Text ?? "-",
            c.EffectiveDate is { } date ? $"{date.Value:yyyy-MM-dd}" : "-",
            string.Join("; ", c.Sections.Select(section => section.Text)));
    }

    [Theory]
    [InlineData("Official Disability Guidelines (ODG), Low Back Chapter, Lumbar supports",
        "Official Disability Guidelines (ODG) | Low Back Chapter | - | Lumbar supports")]
    [InlineData("Official Disability Guidelines (ODG), Low Back", "Official Disability Guidelines (ODG) | Low Back | - | ")]
    [InlineData("ODG, Forearm, Wrist, and hand (Acute & Chronic), Splints",
        "ODG | Forearm, Wrist, and hand (Acute & Chronic) | - | Splints")]
    [InlineData("Official Disability Guidelines, Pain (Chronic) Chapter (updated 10/31/16), Opioids, criteria for use",
        "Official Disability Guidelines | Pain (Chronic) Chapter | 2016-10-31 | Opioids, criteria for use")]
    [InlineData("Official Disability Guidelines: Knee and Leg (Acute and Chronic) - Magnetic resonance imaging (MRI)",
        "Official Disability Guidelines | Knee and Leg (Acute and Chronic) | - | Magnetic resonance imaging (MRI)")]
    [InlineData("ODG Guidelines, Neck & Upper Back, Traction, Cervical collar",
        "ODG Guidelines | Neck & Upper Back | - | Traction; Cervical collar")]
    [InlineData("Official Disability Guidelines (ODG) Hip and Pelvis Chapter, Arthroscopy",
        "Official Disability Guidelines (ODG) | Hip and Pelvis Chapter | - | Arthroscopy")]
    [InlineData("Official Disability Guidelines (ODG) Elbow (Acute & Chronic), Ultrasound, diagnostic",
        "Official Disability Guidelines (ODG) | Elbow (Acute & Chronic) | - | Ultrasound, diagnostic")]
    [InlineData("ODG, Knee/ Continuous passive motion (CPM)", "ODG | Knee | - | Continuous passive motion (CPM)")]
    [InlineData("Official Disability Guidelines, Lumbar and Thoracic (Acute and Chronic), Discography", "Official Disability Guidelines | Lumbar and Thoracic (Acute and Chronic) | - | Discography")]
    [InlineData("Official Disability Guidelines, Low Back - Lumbar & Thoracic (Acute & Chronic) Chapter (updated 12/20/16), MRIs",
        "Official Disability Guidelines | Low Back - Lumbar & Thoracic (Acute & Chronic) Chapter | 2016-12-20 | MRIs")]
    [InlineData("Official Disability Guidelines, Low Back \u2013 Lumbar & Thoracic (Acute & Chronic) Chapter (updated 12/20/16), MRIs",
        "Official Disability Guidelines | Low Back \u2013 Lumbar & Thoracic (Acute & Chronic) Chapter | 2016-12-20 | MRIs")]
    [InlineData("ODG, Low Back\u2014Lumbar and Thoracic Chapter, Lumbar supports", "ODG | Low Back\u2014Lumbar and Thoracic Chapter | - | Lumbar supports")]
    [InlineData("Official Disability Guidelines: Knee and Leg (Acute and Chronic) \u2013 Magnetic resonance imaging (MRI)",
        "Official Disability Guidelines | Knee and Leg (Acute and Chronic) | - | Magnetic resonance imaging (MRI)")]
    public void ODG_citations_name_their_chapter(string text, string expected) => Describe(text).ShouldBe(expected);

    [Theory]
    [InlineData("Official Disability Guidelines (ODG) Chapter: Neck and Upper Back (Acute & Chronic) 11/18/2016 Cervical collar",
        "Official Disability Guidelines (ODG) | Neck and Upper Back (Acute & Chronic) | 2016-11-18 | Cervical collar")]
    [InlineData("Official Disability Guidelines, 2015, Online Version, Low Back, Lumbar supports",
        "Official Disability Guidelines | Low Back | - | Lumbar supports")]
    [InlineData("ODG Guidelines, 20th Edition, 2015, Shoulder Chapter, Arthroscopy",
        "ODG Guidelines | Shoulder Chapter | - | Arthroscopy")]
    [InlineData("Official Disability Guidelines (ODG), Work Loss Data Institute (19th Annual Edition), 2014, Ankle & Foot (Acute & Chronic) Chapter",
        "Official Disability Guidelines (ODG) | Ankle & Foot (Acute & Chronic) Chapter | - | ")]
    [InlineData("Official Disability Guidelines (ODG) acupuncture, low back chapter",
        "Official Disability Guidelines (ODG) | low back chapter | - | acupuncture")]
    [InlineData("Official Disability Guidelines (ODG) Chiropractic guidelines/Preface",
        "Official Disability Guidelines (ODG) | Preface | - | Chiropractic guidelines")]
    [InlineData("Official Disability Guidelines (ODG), Shoulder (updated 08/04/16) Chapter: Home exercise kits",
        "Official Disability Guidelines (ODG) | Shoulder | 2016-08-04 | Home exercise kits")]
    [InlineData("Official Disability Guidelines (ODG) Pain Section/Capsaicin, topical",
        "Official Disability Guidelines (ODG) | Pain Section | - | Capsaicin, topical")]
    [InlineData("Official Disability Guidelines (ODG) Pain Section/Flector® patch (diclofenac epolamine) Topic",
        "Official Disability Guidelines (ODG) | Pain Section | - | Flector® patch (diclofenac epolamine)")]
    public void ODG_chapters_in_other_forms(string text, string expected) => Describe(text).ShouldBe(expected); // constructed

    [Theory]
    [InlineData("Official Disability Guidelines (ODG) MRI shoulder")]
    [InlineData("Official Disability Guidelines (ODG), Physical Therapy Guidelines")]
    public void A_topic_that_names_no_chapter_gives_none(string text) => // constructed
        Read(text).ChapterName.ShouldBeNull();

    [Theory]
    [InlineData("Official Disability Guidelines (ODG), Bone growth stimulators", "Official Disability Guidelines (ODG) | - | - | Bone growth stimulators")]
    [InlineData("ACOEM Practice Guidelines, Cervical and Thoracic Spine Disorders", "ACOEM Practice Guidelines | - | - | Cervical and Thoracic Spine Disorders")]
    [InlineData("the FDA, Medication Guide for celecoxib", "the FDA | - | - | Medication Guide for celecoxib")]
    [InlineData("Journal of Hand Surgery, 2015", "- | - | - | ")]
    [InlineData("ACOEM and the Official Disability Guidelines", "ACOEM | - | - | ")]
    public void Other_guidelines_keep_name_and_topics(string text, string expected) => Describe(text).ShouldBe(expected);

    [Fact]
    public void An_edition_year_after_the_name_is_the_year()
    {
        const string text = "ODG, 2017, Shoulder Chapter, Arthroscopy";
        var c = Read(text);

        c.Year.ShouldNotBeNull().Value.ShouldBe(2017);
        c.Year.Value.Text.ShouldBe("2017");
        c.ChapterName.ShouldNotBeNull().Text.ShouldBe("Shoulder Chapter");
        c.Sections.Select(section => section.Text).ShouldBe(["Arthroscopy"]);
    }

    [Theory]
    [InlineData("ACOEM Practice Guidelines, 2nd Edition, Chapter 7, page 137", "7", "137")]
    [InlineData("ACOEM Guidelines Chapter 12, pp. 5-7, 9", "12", "5-7; 9")]
    [InlineData("Food and Drug Administration (FDA), pg. 5", "-", "5")]
    [InlineData("Official Disability Guidelines, Page(s): 98\u201399", "-", "98\u201399")]
    public void Chapter_numbers_and_pages_are_read_where_the_text_names_them(string text, string chapter, string pages) // constructed
    {
        var c = Read(text);

        (c.Chapter?.Text ?? "-").ShouldBe(chapter);
        string.Join("; ", c.Pages.Select(page => page.Text)).ShouldBe(pages);
    }

    [Fact]
    public void A_citation_broken_over_lines_reads_as_on_one_line_with_source_spans() // constructed
    {
        const string text = "Official Disa-\nbility Guidelines (ODG), Pain\u00A0(Chronic) Chap-\r\nter (updated\r\n12/20/2016), Opioids, criteria for use";
        var c = Read(text);

        c.Title.ShouldNotBeNull().Value.ShouldBe("Official Disability Guidelines (ODG)");
        c.Title.Text.ShouldBe("Official Disa-\nbility Guidelines (ODG)");
        c.ChapterName.ShouldNotBeNull().Text.ShouldBe("Pain\u00A0(Chronic) Chap-\r\nter");
        c.EffectiveDate.ShouldNotBeNull().Text.ShouldBe("12/20/2016");
        c.Year.ShouldNotBeNull().Text.ShouldBe("2016");
        c.Sections.Select(section => section.Text).ShouldBe(["Opioids, criteria for use"]);
    }
}
