using System.Text.RegularExpressions;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Tests.Corpus;

/// <summary>
/// The guideline citations and rationale conclusions of every corpus letter, held against facts
/// read from the guideline and rationale texts themselves (their fixed sentences, their leads),
/// against the MTUS's own list of guidelines, and between the two extractions of each letter.
/// </summary>
public sealed partial class GuidelineFieldTests
{
    /// <summary>The guidelines of the MTUS (8 C.C.R. § 9792.20 ff.) as the DWC letters title them.</summary>
    private static readonly string[] MtusTitles =
    [
        "Acupuncture Treatment", "Ankle and Foot Complaints", "Chronic Pain Medical Treatment", "Elbow Complaints",
        "Forearm, Wrist, and Hand Complaints", "General Approaches", "Knee Complaints", "Low Back Complaints",
        "Neck and Upper Back Complaints", "Opioid Treatment", "Postsurgical Treatment", "Shoulder Complaints",
        "Stress-Related Conditions",
    ];

    [GeneratedRegex(@"\bNon-?MTUS\b")]
    private static partial Regex NonMtusLead();

    [GeneratedRegex(@"\band Other Medical Treatment Guidelines\b")]
    private static partial Regex OtherGuidelines();

    [GeneratedRegex(@"\bDecision based on MTUS\b")]
    private static partial Regex MtusLead();

    [GeneratedRegex(@"medically necessary|medical necessity|certified", RegexOptions.IgnoreCase)]
    private static partial Regex ConclusionWords();

    private static IEnumerable<(DisputedItem Item, Guideline Guideline)> Guidelines(ImrDocument document) =>
        document.Items.SelectMany(item => new[] { item.ClaimsAdministratorGuideline!, item.MaximusGuideline! }.Select(guideline => (item, guideline)));

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.LetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Guideline_flags_and_citations_follow_the_guideline_text(string letter)
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));

        foreach (var (item, guideline) in Guidelines(document))
        {
            string text = guideline.Text!.Value;
            string where = $"{letter} item {item.Number}: {text}";
            guideline.NoEvidenceCited.ShouldBe(text.Contains("did not cite any medical evidence", StringComparison.Ordinal), where);
            guideline.OutsideMtus.ShouldBe(text.Contains("outside of the MTUS Guidelines", StringComparison.Ordinal), where);
            guideline.Citations.Count(citation => !citation.Mtus).ShouldBe(NonMtusLead().Count(text) + OtherGuidelines().Count(text), where);
            guideline.Citations.Count(citation => citation.Mtus).ShouldBeGreaterThanOrEqualTo(MtusLead().Count(text), where);
            (guideline.NoEvidenceCited || guideline.Citations.Length > 0).ShouldBeTrue(where);
            foreach (var citation in guideline.Citations)
            {
                guideline.Span.Contains(citation.Span).ShouldBeTrue(where);
                citation.Text.Value.ShouldNotEndWith(".", where);
                // An MTUS citation names its title; a Non-MTUS one names its guideline first where it does.
                if (citation.Mtus)
                {
                    citation.Title.ShouldNotBeNull(where);
                }
                else if (citation.Title is { } name)
                {
                    citation.Text.Value.ShouldStartWith(name.Value, Case.Sensitive, where);
                }
                citation.Sections.ShouldAllBe(section => Balanced(section.Value) && !section.Value.EndsWith(',') && !section.Value.StartsWith("and "), where);
            }
        }

        document.Diagnostics.ShouldNotContain(d => d.Code == ImrDiagnostics.UnreadGuidelineText.Code);
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_MTUS_citation_of_the_DWC_letters_names_an_MTUS_guideline_and_its_year(string letter)
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));

        foreach (var citation in Guidelines(document).SelectMany(found => found.Guideline.Citations).Where(citation => citation.Mtus))
        {
            citation.Title!.Value.ShouldBeOneOf(MtusTitles);
            citation.Year!.Value.Value.ShouldBeOneOf(2004, 2007, 2009, 2016);
            citation.Text.Value.ShouldStartWith(citation.Title.Value);
            if (citation.Title.Value == "Opioid Treatment")
            {
                // The 2016 Opioid Treatment Guidelines number their sections ("3.3.9 Opioids for Chronic Pain ...").
                citation.Sections.ShouldAllBe(section => char.IsDigit(section.Value[0]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.LetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_rationale_concludes_as_its_decision_with_its_last_statement(string letter)
    {
        string source = Infrastructure.Corpus.Read(letter);
        var document = ImrDocument.Parse(source);

        foreach (var item in document.Items)
        {
            var rationale = item.Rationale!;
            var conclusion = rationale.Conclusion.ShouldNotBeNull($"{letter} item {item.Number}");
            rationale.Text!.Span.Contains(conclusion.Span).ShouldBeTrue();
            bool positive = conclusion.Value is RationaleConclusion.MedicallyNecessary or RationaleConclusion.Certified;
            positive.ShouldBe(item.Decision!.Value.Value == Decision.Overturned, $"{letter} item {item.Number}: {conclusion.Text}");

            // Nothing after it speaks of medical necessity again, but for the opioid letters' closing
            // advice: "This decision addresses the medical necessity of opioids as they have been
            // prescribed ... This medical necessity decision should not be interpreted as a recommendation to stop ...".
            string after = TextNormalizer.Normalize(source.AsSpan(conclusion.Span.End, rationale.Text.Span.End - conclusion.Span.End));
            ConclusionWords().Matches(after).ShouldAllBe(
                match => after.Substring(match.Index).StartsWith("medical necessity decision", StringComparison.Ordinal)
                    || after.Substring(0, match.Index).EndsWith("addresses the ", StringComparison.Ordinal),
                $"{letter} item {item.Number}");
        }

        document.Diagnostics.ShouldNotContain(d => d.Code == ImrDiagnostics.ConclusionContradictsDecision.Code || d.Code == ImrDiagnostics.NoConclusion.Code);
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Both_extractions_of_a_letter_give_the_same_citations_and_conclusions(string letter)
    {
        var readingOrder = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));
        var layout = ImrDocument.Parse(Infrastructure.Corpus.Read(letter + ".layout"));

        layout.Items.Select(Semantics).ShouldBe(readingOrder.Items.Select(Semantics));
    }

    // The item's guideline and conclusion fields, spans left out (the two extractions place words differently).
    private static string Semantics(DisputedItem item) => string.Join(" || ",
        Describe(item.ClaimsAdministratorGuideline!),
        Describe(item.MaximusGuideline!),
        item.Rationale!.Conclusion is { } c ? $"{c.Value}: {TextNormalizer.Normalize(c.Text)}" : "no conclusion");

    private static string Describe(Guideline guideline) =>
        $"{guideline.NoEvidenceCited} {guideline.OutsideMtus} " + string.Join(" / ", guideline.Citations.Select(c => string.Join(" | ",
            c.Mtus, c.Title?.Value, c.Year?.Value, c.Chapter?.Value, string.Join("; ", c.Sections.Select(s => s.Value)),
            string.Join("; ", c.Pages.Select(p => p.Value)), c.EffectiveDate?.Value, c.Text.Value)));

    private static bool Balanced(string text) => text.Count(c => c == '(') == text.Count(c => c == ')') && text.Count(c => c == '[') == text.Count(c => c == ']');
}
