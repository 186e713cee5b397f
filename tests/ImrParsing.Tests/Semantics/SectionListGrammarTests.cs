using ImrParsing.Benchmarks;
using ImrParsing.Semantics;
using ImrParsing.Tests.Infrastructure;
using Pidgin;

namespace ImrParsing.Tests.Semantics;

/// <summary>The sections after "Section(s):", as the letters list them.</summary>
public sealed class SectionListGrammarTests
{
    private static readonly Parser<char, Unit> EndOfStatement = PidginGuidelineBoundaries.StatementEnd;

    private static string[] Sections(string list) =>
        list.Slices(GrammarAssert.Parses(PidginSectionListGrammar.List(EndOfStatement), list)).Select(section => section.Trim()).ToArray();

    [Theory]
    [InlineData("Special Studies", new[] { "Special Studies" })]
    [InlineData("Diagnostic Criteria, Special Studies, Summary", new[] { "Diagnostic Criteria", "Special Studies", "Summary" })]
    [InlineData("Cyclobenzaprine (Flexeril), Muscle relaxants (for pain)", new[] { "Cyclobenzaprine (Flexeril)", "Muscle relaxants (for pain)" })]
    [InlineData("Recommendations, Radial Head Fracture", new[] { "Recommendations", "Radial Head Fracture" })]
    public void Commas_separate_sections(string list, string[] expected) => Sections(list).ShouldBe(expected);

    [Theory]
    [InlineData("TENS, chronic pain (transcutaneous electrical nerve stimulation)", new[] { "TENS, chronic pain (transcutaneous electrical nerve stimulation)" })]
    [InlineData("Opioids, criteria for use", new[] { "Opioids, criteria for use" })]
    [InlineData("Benzodiazepines, Benzodiazepine dependence, maintenance", new[] { "Benzodiazepines", "Benzodiazepine dependence, maintenance" })]
    [InlineData("NSAIDs (non-steroidal anti-inflammatory drugs), NSAIDs, GI symptoms & cardiovascular risk, NSAIDs, hypertension and renal function, NSAIDs, specific drug list & adverse effects",
        new[] { "NSAIDs (non-steroidal anti-inflammatory drugs)", "NSAIDs, GI symptoms & cardiovascular risk", "NSAIDs, hypertension and renal function", "NSAIDs, specific drug list & adverse effects" })]
    [InlineData("Naproxen (Naprosyn, EC-Naprosyn, EC-Naprosyn, Anaprox, Anaprox DS [otc], Naprelan), NSAIDs (non-steroidal anti-inflammatory drugs)",
        new[] { "Naproxen (Naprosyn, EC-Naprosyn, EC-Naprosyn, Anaprox, Anaprox DS [otc], Naprelan)", "NSAIDs (non-steroidal anti-inflammatory drugs)" })]
    [InlineData("Knee, Forearm, Wrist, & Hand", new[] { "Knee", "Forearm, Wrist, & Hand" })]
    public void Commas_inside_a_name_do_not_separate(string list, string[] expected) => Sections(list).ShouldBe(expected);

    [Fact]
    public void Numbered_sections_are_separated_before_each_number() =>
        Sections("3.3.7.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Monitoring Effectiveness of Chronic Opioid Treatment: Clinically Meaningful Improvement of Pain and Function, 3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment, 4.1 Tapering Opioids: Indications for Tapering Opioids")
            .ShouldBe([
                "3.3.7.2 Opioids for Chronic Pain and Chronic Opioid Treatment: Monitoring Effectiveness of Chronic Opioid Treatment: Clinically Meaningful Improvement of Pain and Function",
                "3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment",
                "4.1 Tapering Opioids: Indications for Tapering Opioids",
            ]);

    [Fact]
    public void The_list_stops_at_the_end_of_its_statement() =>
        Sections("Physical Methods. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back.").ShouldBe(["Physical Methods"]);

    [Fact]
    public void An_empty_list_fails_without_consuming() =>
        GrammarAssert.Fails(PidginSectionListGrammar.List(EndOfStatement), ". Decision based on MTUS Knee Complaints 2004.");
}
