using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>The word a letter calls the patient by: real sentences unless marked constructed.</summary>
public sealed class PatientTermReaderTests
{
    private static (string Value, string Text)? Read(string text) =>
        PatientTermReader.Find(text) is { } term ? (term.Value, text[term.Start..term.End]) : null;

    [Theory]
    [InlineData("The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16.", "injured worker", "injured worker")]
    [InlineData("The applicant is a 34-year-old male who has filed a claim for chronic low back pain (LBP)", "applicant", "applicant")]
    [InlineData("The patient is a 47-year-old male who reported an injury on 07/18/2011.", "patient", "patient")]
    [InlineData("This is a patient with a date of injury of March 18, 2013.", "patient", "patient")]
    [InlineData("The 58 year old female injured worker suffered an industrial injury on 10-27-2016.", "injured worker", "injured worker")]
    [InlineData("This injured worker is a 37 year old female who reported an industrial injury on 10-13-2016.", "injured worker", "injured worker")]
    [InlineData("According to medical records available for review, the injured worker is a(n) 57 year old male,", "injured worker", "injured worker")]
    [InlineData("This is a 78 year old male with a date of injury on 10-20-2016. A review of the medical records indicates that the injured\nworker is undergoing", "injured worker", "injured\nworker")]
    [InlineData("The IW is a 50 year old male (constructed).", "injured worker", "IW")]
    [InlineData("The claimant is a 50 year old male (constructed).", "claimant", "claimant")]
    [InlineData("The injured employee is a 50 year old male (constructed).", "employee", "injured employee")]
    public void The_term_and_its_words(string text, string value, string written) => Read(text).ShouldBe((value, written));

    [Fact]
    public void Someone_else_called_a_patient_is_not_the_patient()
    {
        const string text = "This case involves a now 55-year-old female with a history of an occupational claim from\n11/02/2016. " +
            "The mechanism of injury is detailed as lumbar strain from trying to prevent a patient\nfrom falling on top of her. " +
            "During the assessment on 11/17/2016, the patient complained of\nback pain at the L4-5 level.";

        var term = PatientTermReader.Find(text).ShouldNotBeNull();

        term.Value.ShouldBe("patient");
        term.Start.ShouldBe(text.IndexOf("the patient complained", StringComparison.Ordinal) + 4);
    }

    [Fact]
    public void A_narrative_without_a_term_gives_none() =>
        Read("This case involves a now 55-year-old female with a history of an occupational claim from 11/02/2016.").ShouldBeNull();
}
