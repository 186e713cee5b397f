using ImrParsing.Benchmarks;
using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;

using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>The conclusions rationales state, with the corpus's closing sentences as cases.</summary>
public sealed class ConclusionGrammarTests
{
    private static (RationaleConclusion Value, string Text)[] Conclusions(string text) => Found(PidginConclusionGrammar.Conclusions, text);

    private static (RationaleConclusion Value, string Text)[] OtherConclusions(string text) => Found(PidginConclusionGrammar.OtherConclusions, text);

    private static (RationaleConclusion Value, string Text)[] Found(Parser<char, ImmutableArray<(RationaleConclusion Value, OffsetRange Range)>> rule, string text) =>
        GrammarAssert.Parses(rule, text).Select(found => (found.Value, text.Slice(found.Range))).ToArray();

    [Theory]
    [InlineData("As such, the request is not medically necessary.", RationaleConclusion.NotMedicallyNecessary, "not medically necessary")]
    [InlineData("The request for MRI of the lumbar without contrast is determined to not be medically necessary.", RationaleConclusion.NotMedicallyNecessary, "not be medically necessary")]
    [InlineData("Therefore, based on the submitted medical documentation, the request for diazempam prescription is not-medically necessary.", RationaleConclusion.NotMedicallyNecessary, "not-medically necessary")]
    [InlineData("Therefore, the requested Diclofenac ER 100mg #60 is not seen as medically necessary.", RationaleConclusion.NotMedicallyNecessary, "not seen as medically necessary")]
    [InlineData("Given lack of physical exam findings, lack of red flags and cited guidelines the MRI is not supported by the provided records as being medically necessary at this time.", RationaleConclusion.NotMedicallyNecessary, "not supported by the provided records as being medically necessary")]
    [InlineData("Without further indication for imaging, the request for MRI at this time cannot be considered medically necessary per the guidelines.", RationaleConclusion.NotMedicallyNecessary, "cannot be considered medically necessary")]
    [InlineData("This request does not satisfy MTUS guidelines, and does not appear medically necessary.", RationaleConclusion.NotMedicallyNecessary, "not appear medically necessary")]
    [InlineData("According to the clinical documentation provided and current guidelines; a MRI of the Elbow is not a medical necessity to the patient at this time.", RationaleConclusion.NotMedicallyNecessary, "not a medical necessity")]
    [InlineData("The records do not support the medical necessity for additional physical therapy visits in this individual with chronic pain.", RationaleConclusion.NotMedicallyNecessary, "not support the medical necessity")]
    [InlineData("Likewise, the medical necessity of this request is not established.", RationaleConclusion.NotMedicallyNecessary, "medical necessity of this request is not established")]
    [InlineData("Medical necessity has not been established.", RationaleConclusion.NotMedicallyNecessary, "Medical necessity has not been established")]
    [InlineData("As such, the requested surgical intervention is medically necessary.", RationaleConclusion.MedicallyNecessary, "medically necessary")]
    [InlineData("Given the information submitted for review the request is non-certified.", RationaleConclusion.NonCertified, "non-certified")]
    public void A_closing_sentence_states_its_conclusion(string sentence, RationaleConclusion conclusion, string text) =>
        Conclusions(sentence).ShouldBe([(conclusion, text)]);

    [Theory]
    // Constructed: the older letters' words ("noncertified" is "non-" / "certified" at a line end in
    // canonical form), and a negation that governs another verb.
    [InlineData("Based on the guidelines, the request is certified.", RationaleConclusion.Certified, "is certified")]
    [InlineData("The request is not certified.", RationaleConclusion.NonCertified, "not certified")]
    [InlineData("Although the patient did not improve with therapy the request is medically necessary.", RationaleConclusion.MedicallyNecessary, "medically necessary")]
    [InlineData("The request is noncertified.", RationaleConclusion.NonCertified, "noncertified")]
    public void Negation_reaches_only_the_verb_it_governs(string sentence, RationaleConclusion conclusion, string text) =>
        Conclusions(sentence).ShouldBe([(conclusion, text)]);

    [Theory]
    [InlineData("The reviewer is board certified in Family Practice.")]
    [InlineData("The treating physician and the patient are advised to consult the MTUS Opioids Treatment Guidelines (\"Tapering opioids\"), and if necessary, other relevant guidelines.")]
    [InlineData("This medical necessity decision should not be interpreted as a recommendation to stop the medication abruptly.")]
    public void Other_uses_of_the_words_are_no_conclusion(string sentence) => Conclusions(sentence).ShouldBeEmpty();

    [Fact]
    public void Every_statement_is_found_in_order()
    {
        // CM16-0221706: the rationale states its conclusion twice, in two forms.
        const string text = "Medical necessity has not been established. The request for three months coverage of Viagra 50mg is determined to not be medically necessary.";

        Conclusions(text).Select(found => found.Text).ShouldBe(["Medical necessity has not been established", "not be medically necessary"]);
    }
    // Constructed closing sentences that state a judgement other than necessity or certification.
    [Theory]
    [InlineData("Consequently, the requested lumbar brace is not indicated at this time.", RationaleConclusion.NotMedicallyNecessary, "not indicated")]
    [InlineData("A repeat scan of the cervical spine is not appropriate for this worker.", RationaleConclusion.NotMedicallyNecessary, "not appropriate")]
    [InlineData("For these reasons, ongoing use of the cream cannot be recommended.", RationaleConclusion.NotMedicallyNecessary, "cannot be recommended")]
    [InlineData("Additional sessions are not supported by the treatment notes.", RationaleConclusion.NotMedicallyNecessary, "not supported")]
    [InlineData("The second surgeon is not necessary for this procedure.", RationaleConclusion.NotMedicallyNecessary, "not necessary")]
    [InlineData("The electrodiagnostic study would not be considered clinically indicated.", RationaleConclusion.NotMedicallyNecessary, "not be considered clinically indicated")]
    [InlineData("With the documented decline in function, the home care is warranted.", RationaleConclusion.MedicallyNecessary, "is warranted")]
    [InlineData("Given the new deficit, an updated study is medically indicated.", RationaleConclusion.MedicallyNecessary, "is medically indicated")]
    [InlineData("Six visits would be appropriate for this flare.", RationaleConclusion.MedicallyNecessary, "be appropriate")]
    public void A_closing_sentence_may_state_another_judgement(string sentence, RationaleConclusion conclusion, string text) =>
        OtherConclusions(sentence).ShouldBe([(conclusion, text)]);

    [Theory]
    [InlineData("The claimant is a 50-year-old warehouse worker.")]
    [InlineData("The indicated level was L4-5 and the patient was not seen again.")]
    public void Sentences_without_a_judgement_state_none(string sentence) => OtherConclusions(sentence).ShouldBeEmpty();
}
