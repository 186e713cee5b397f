using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The statements and citation forms of guideline parts, with the corpus's own sentences as cases
/// (the seeds' older forms and the DWC letters of 2016–17). Each citation is shown as
/// "kind | title | year | chapter | sections | pages | effective date | text" for short, exact asserts.
/// </summary>
public sealed class GuidelineGrammarTests
{
    private static string[] Citations(string guideline)
    {
        var statements = GrammarAssert.Parses(GuidelineGrammar.Statements, guideline);
        statements.ShouldNotContain(statement => statement.Kind == GuidelineStatementKind.Unread);
        return statements.SelectMany(statement => statement.Citations).Select(citation => Describe(guideline, citation)).ToArray();
    }

    private static string Describe(string text, PidginCitationSyntax c) => string.Join(" | ",
        c.Mtus ? "MTUS" : "Non-MTUS",
        c.Title is { } title ? text.Slice(title) : "-",
        c.Year is { } year ? $"{year.Value}={text.Slice(year.Range)}" : "-",
        c.Chapter is { } chapter ? $"{chapter.Value}={text.Slice(chapter.Range)}" : "-",
        string.Join("; ", text.Slices(c.Sections)),
        string.Join("; ", text.Slices(c.Pages)),
        c.EffectiveDate is { } date ? $"{date.Value:yyyy-MM-dd}={text.Slice(date.Range)}" : "-",
        text.Slice(c.Range));

    [Theory]
    [InlineData(
        "Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.",
        "MTUS | Low Back Complaints | 2004=2004 | - | Special Studies |  | - | Low Back Complaints 2004, Section(s): Special Studies")]
    [InlineData(
        "Decision based on MTUS Acupuncture Treatment 2009.",
        "MTUS | Acupuncture Treatment | 2009=2009 | - |  |  | - | Acupuncture Treatment 2009")]
    [InlineData(
        "Decision based on MTUS Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Antidepressants for chronic pain.",
        "MTUS | Chronic Pain Medical Treatment | 2016=2016 | - | Antidepressants for chronic pain |  | - | Chronic Pain Medical Treatment 2016 Guidelines, Section(s): Antidepressants for chronic pain")]
    [InlineData(
        "Decision based on MTUS Elbow Complaints 2007.",
        "MTUS | Elbow Complaints | 2007=2007 | - |  |  | - | Elbow Complaints 2007")]
    public void The_DWC_form_names_title_year_and_sections(string guideline, string expected) =>
        Citations(guideline).ShouldBe([expected]);

    [Fact]
    public void Citations_chained_with_and_are_separate_even_when_a_title_holds_commas() =>
        Citations("Decision based on MTUS Forearm, Wrist, and Hand Complaints 2004, Section(s): Work-Relatedness, and Postsurgical Treatment 2009, Section(s): Forearm, Wrist, & Hand, and Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment. Decision based on Non-MTUS Citation Official Disability Guidelines, Forearm, Wrist, and Hand Chapter (Online Version): Physical/Occupational Therapy, Official Disability Guidelines, Physical/Occupational Therapy Guidelines: Trigger Finger.")
            .ShouldBe([
                "MTUS | Forearm, Wrist, and Hand Complaints | 2004=2004 | - | Work-Relatedness |  | - | Forearm, Wrist, and Hand Complaints 2004, Section(s): Work-Relatedness",
                "MTUS | Postsurgical Treatment | 2009=2009 | - | Forearm, Wrist, & Hand |  | - | Postsurgical Treatment 2009, Section(s): Forearm, Wrist, & Hand",
                "MTUS | Chronic Pain Medical Treatment | 2016=2016 | - | Physical medicine treatment |  | - | Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment",
                "Non-MTUS | - | - | - |  |  | - | Official Disability Guidelines, Forearm, Wrist, and Hand Chapter (Online Version): Physical/Occupational Therapy, Official Disability Guidelines, Physical/Occupational Therapy Guidelines: Trigger Finger",
            ]);

    // Constructed sentences: a list of several sections ends where the next title and year begin,
    // whatever commas and "and"s stand before it.
    [Theory]
    [InlineData(
        "Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care, Surgical Considerations, and Elbow Disorders 2007, Section(s): Special Studies.",
        "Initial Care; Surgical Considerations", "Elbow Disorders", "Special Studies")]
    [InlineData(
        "Decision based on MTUS Low Back Complaints 2004, Section(s): Activity Modification, Physical Methods, Work Activities, Ankle and Foot Complaints 2004, Section(s): Diagnostic Criteria.",
        "Activity Modification; Physical Methods; Work Activities", "Ankle and Foot Complaints", "Diagnostic Criteria")]
    [InlineData(
        "Decision based on MTUS Knee Complaints 2004, Section(s): Surgical Considerations, Summary of Recommendations, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.",
        "Surgical Considerations; Summary of Recommendations", "Forearm, Wrist, and Hand Complaints", "Special Studies")]
    [InlineData(
        "Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids, criteria for use, Weaning of Medications, and Neck and Upper Back Complaints 2004, Section(s): Initial Care.",
        "Opioids, criteria for use; Weaning of Medications", "Neck and Upper Back Complaints", "Initial Care")]
    public void A_section_list_ends_where_the_next_title_and_year_begin(string guideline, string firstSections, string nextTitle, string nextSections)
    {
        var statements = GrammarAssert.Parses(GuidelineGrammar.Statements, guideline);
        var citations = statements.ShouldHaveSingleItem().Citations;
        citations.Length.ShouldBe(2);
        string.Join("; ", guideline.Slices(citations[0].Sections)).ShouldBe(firstSections);
        guideline.Slice(citations[1].Title!.Value).ShouldBe(nextTitle);
        string.Join("; ", guideline.Slices(citations[1].Sections)).ShouldBe(nextSections);
    }

    [Fact]
    public void Chained_citations_without_sections_are_separate() =>
        Citations("Decision based on MTUS Shoulder Complaints 2004, and Low Back Complaints 2004. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG).")
            .ShouldBe([
                "MTUS | Shoulder Complaints | 2004=2004 | - |  |  | - | Shoulder Complaints 2004",
                "MTUS | Low Back Complaints | 2004=2004 | - |  |  | - | Low Back Complaints 2004",
                "Non-MTUS | - | - | - |  |  | - | Official Disability Guidelines (ODG)",
            ]);

    [Fact]
    public void Numbered_opioid_sections_are_split_only_before_their_numbers() =>
        Citations("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Tramadol (Ultram), and Opioid Treatment 2016, Section(s): 3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse, 3.3.1.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Alcohol Misuse/Abuse.")
            .ShouldBe([
                "MTUS | Chronic Pain Medical Treatment | 2016=2016 | - | Tramadol (Ultram) |  | - | Chronic Pain Medical Treatment 2016, Section(s): Tramadol (Ultram)",
                "MTUS | Opioid Treatment | 2016=2016 | - | 3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse; 3.3.1.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Alcohol Misuse/Abuse |  | - | Opioid Treatment 2016, Section(s): 3.3.1.1 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Drug Misuse/Abuse, 3.3.1.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Screening for Risk of Addiction or Adverse Events, Prior to Chronic Opioid Treatment: Screening for Alcohol Misuse/Abuse",
            ]);

    [Fact]
    public void A_section_number_with_a_full_stop_does_not_end_the_statement() =>
        Citations("Decision based on MTUS Opioid Treatment 2016, Section(s): 3. Opioids for Chronic Pain and Chronic Opioid Treatment: Overview of Recommendations Regarding Chronic Opioid Treatment, 3.3.4 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of CURES to Ensure Safe and Effective Opioid Use, 3.3.5 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Tools to Monitor Patients on Chronic Opioid Treatment, 4.1 Tapering Opioids: Indications for Tapering Opioids.")
            .ShouldHaveSingleItem()
            .ShouldContain("| 3. Opioids for Chronic Pain and Chronic Opioid Treatment: Overview of Recommendations Regarding Chronic Opioid Treatment; 3.3.4 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of CURES to Ensure Safe and Effective Opioid Use; 3.3.5 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Tools to Monitor Patients on Chronic Opioid Treatment; 4.1 Tapering Opioids: Indications for Tapering Opioids |");

    [Theory]
    [InlineData(
        "Decision based on MTUS ACOEM Chapter 12 Low Back Complaints. Decision based on Non-MTUS Citation ODG Physical Therapy Guidelines.",
        "MTUS | Low Back Complaints | - | 12=12 |  |  | - | ACOEM Chapter 12 Low Back Complaints",
        "Non-MTUS | - | - | - |  |  | - | ODG Physical Therapy Guidelines")]
    [InlineData(
        "Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 98-99.",
        "MTUS | Chronic Pain Treatment | - | - |  | 98-99 | - | Chronic Pain Treatment Guidelines Page(s): 98-99")]
    [InlineData(
        "Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99.",
        "MTUS | Chronic Pain Treatment | - | - | Physical Medicine | 98-99 | - | Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99")]
    [InlineData(
        "Decision based on MTUS Chronic Pain Treatment Guidelines Carisoprodol (Soma), Page(s): 29.",
        "MTUS | Chronic Pain Treatment | - | - | Carisoprodol (Soma) | 29 | - | Chronic Pain Treatment Guidelines Carisoprodol (Soma), Page(s): 29")]
    [InlineData(
        "Decision based on MTUS Chronic Pain Treatment Guidelines Physical Therapy, pages 98-99.",
        "MTUS | Chronic Pain Treatment | - | - | Physical Therapy | 98-99 | - | Chronic Pain Treatment Guidelines Physical Therapy, pages 98-99")]
    [InlineData(
        "Decision based on MTUS Chronic Pain Treatment Guidelines Medications for chronic pain.",
        "MTUS | Chronic Pain Treatment | - | - | Medications for chronic pain |  | - | Chronic Pain Treatment Guidelines Medications for chronic pain")]
    [InlineData(
        "Decision based on MTUS Acupuncture Treatment Guidelines.",
        "MTUS | Acupuncture Treatment | - | - |  |  | - | Acupuncture Treatment Guidelines")]
    public void The_seeds_older_forms_are_read(string guideline, params string[] expected) =>
        Citations(guideline).ShouldBe(expected);

    [Fact]
    public void An_ACOEM_chapter_and_a_dated_guideline_chained_with_a_bare_comma_are_two_citations() =>
        Citations("Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 298,Chronic Pain Treatment Guidelines (Effective July 18, 2009) Page(s): 98. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter, Physical Therapy.")
            .ShouldBe([
                "MTUS | Low Back Complaints | - | 12=12 |  | 298 | - | ACOEM Chapter 12 Low Back Complaints Page(s): 298",
                "MTUS | Chronic Pain Treatment | - | - |  | 98 | 2009-07-18=July 18, 2009 | Chronic Pain Treatment Guidelines (Effective July 18, 2009) Page(s): 98",
                "Non-MTUS | - | - | - |  |  | - | Official Disability Guidelines (ODG), Low Back Chapter, Physical Therapy",
            ]);

    [Fact]
    public void A_list_of_pages_is_read_page_by_page() =>
        // Constructed: the older form with the page list the issue quotes ("78, 80, 91").
        Citations("Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use, Page(s): 78, 80, 91.")
            .ShouldBe(["MTUS | Chronic Pain Treatment | - | - | Opioids, criteria for use | 78; 80; 91 | - | Chronic Pain Treatment Guidelines Opioids, criteria for use, Page(s): 78, 80, 91"]);

    [Theory]
    [InlineData("Decision based on Non-MTUS Citation University of Michigan Health System. Gastroesophageal reflux disease (GERD). Ann Arbor (MI): University of Michigan Health System; 2007 Jan. 10.",
        "University of Michigan Health System. Gastroesophageal reflux disease (GERD). Ann Arbor (MI): University of Michigan Health System; 2007 Jan. 10")]
    [InlineData("Decision based on Non-MTUS Official Disability Guidelines (ODG), Pain.", "Official Disability Guidelines (ODG), Pain")]
    [InlineData("Decision based on NonMTUS Citation Official Disability Guidelines (ODG) Low Back (Thoracic and Lumbar, Acute and Chronic) Chapter, Epidural Steroid Injection (ESI) and Other Medical Treatment Guidelines www.mdguidelines.com.",
        "Official Disability Guidelines (ODG) Low Back (Thoracic and Lumbar, Acute and Chronic) Chapter, Epidural Steroid Injection (ESI)", "www.mdguidelines.com")]
    [InlineData("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Carpal Tunnel Syndrome (Acute & Chronic) and Other Medical Treatment Guidelines AANEM Recommended Policy for Electrodiagnostic Medicine.",
        "Official Disability Guidelines (ODG) Carpal Tunnel Syndrome (Acute & Chronic)", "AANEM Recommended Policy for Electrodiagnostic Medicine")]
    [InlineData("Decision based on Non-MTUS Citation http://www.drugs.com/famotidine.html.", "http://www.drugs.com/famotidine.html")]
    public void Non_MTUS_citations_are_their_free_text(string guideline, params string[] expected)
    {
        var statements = GrammarAssert.Parses(GuidelineGrammar.Statements, guideline);

        var citations = statements.ShouldHaveSingleItem().Citations;
        citations.ShouldAllBe(citation => !citation.Mtus);
        citations.Select(citation => guideline.Slice(citation.Range)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("The Claims Administrator did not cite any medical evidence for its decision.", nameof(GuidelineStatementKind.NoEvidenceCited))]
    [InlineData("The Expert Reviewer did not cite any medical evidence for its decision.", nameof(GuidelineStatementKind.NoEvidenceCited))]
    [InlineData("The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines.", nameof(GuidelineStatementKind.OutsideMtus))]
    public void The_fixed_sentences_are_statements_of_their_own(string guideline, string kind) =>
        GrammarAssert.Parses(GuidelineGrammar.Statements, guideline).ShouldHaveSingleItem().Kind.ToString().ShouldBe(kind);

    [Fact]
    public void Outside_the_MTUS_is_followed_by_its_citation()
    {
        const string guideline = "The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain.";

        var statements = GrammarAssert.Parses(GuidelineGrammar.Statements, guideline);

        statements.Select(statement => statement.Kind).ShouldBe([GuidelineStatementKind.OutsideMtus, GuidelineStatementKind.Citations]);
        guideline.Slice(statements[1].Citations.ShouldHaveSingleItem().Range).ShouldBe("Official Disability Guidelines (ODG), Pain");
    }

    [Theory]
    // Constructed: sentences that are no statement of the form.
    [InlineData("Decision based on the treating physician's notes.", "Decision based on the treating physician's notes")]
    [InlineData("Decision based on MTUS Low Back Complaints 2004 and the records. See below.", "and the records. See below")]
    [InlineData("Decision b", "Decision b")]
    public void Text_that_is_no_statement_is_kept_as_unread(string guideline, string unread)
    {
        var statements = GrammarAssert.Parses(GuidelineGrammar.Statements, guideline);

        guideline.Slice(statements.Last(statement => statement.Kind == GuidelineStatementKind.Unread).Range).ShouldBe(unread);
    }

    [Fact]
    public void A_citation_wrapped_over_lines_reads_alike_from_its_canonical_text()
    {
        // CM17-0007151 as pdftotext -layout writes it: "Non-" ends a line, and a citation wraps.
        const string layout = "Decision based on MTUS Low Back Complaints 2004, Section(s):\n       Physical Methods, Summary. Decision based on Non-\nMTUS Citation Official Disability Guidelines (ODG) Low Back";
        var canonical = CanonicalText.Of(layout, 0, layout.Length);

        string[] citations = Citations(canonical.Value);

        citations.ShouldBe([
            "MTUS | Low Back Complaints | 2004=2004 | - | Physical Methods; Summary |  | - | Low Back Complaints 2004, Section(s): Physical Methods, Summary",
            "Non-MTUS | - | - | - |  |  | - | Official Disability Guidelines (ODG) Low Back",
        ]);
        var source = canonical.SourceRange(new ImrParsing.Text.OffsetRange(canonical.Value.IndexOf("NonMTUS", StringComparison.Ordinal), canonical.Value.IndexOf(" Citation", StringComparison.Ordinal)));
        layout[source.Start..source.End].ShouldBe("Non-\nMTUS");
    }

    [Fact]
    public void The_citation_forms_are_an_ordered_public_list() =>
        PidginCitationForms.All.Select(form => form.Name).ShouldBe(["titleAndYear", "acoemChapter", "namedGuidelines"]);

    [Fact]
    public void Every_form_reads_its_own_example()
    {
        foreach (var form in PidginCitationForms.All)
        {
            var citation = GrammarAssert.Parses(form.RuleFor(PidginCitationRules.Default.Parts), form.Example);
            form.Example.Slice(citation.Range).ShouldBe(form.Example, form.Name);
        }
    }
}
