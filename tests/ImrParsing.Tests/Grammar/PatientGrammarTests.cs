using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Grammar;

public sealed class PatientGrammarTests
{
    [Theory]
    [InlineData("48 year old male who sustained", 48, Sex.Male)]
    [InlineData("47-year-old male who reported", 47, Sex.Male)]
    [InlineData("56 year old female who sustained", 56, Sex.Female)]
    [InlineData("62 years old, male", 62, Sex.Male)]
    [InlineData("48-year-old female, who sustained", 48, Sex.Female)]
    public void Age_then_sex(string text, int age, Sex sex)
    {
        var found = GrammarAssert.Parses(PidginPatientGrammar.AgeThenSex, text);

        found.Age!.Value.Value.ShouldBe(age);
        found.Sex.Value.ShouldBe(sex);
        text[found.Sex.Start..found.Sex.End].ShouldBe(sex == Sex.Male ? "male" : "female");
    }

    [Theory]
    [InlineData("48 year old maleficent")]
    [InlineData("48 year male")]
    [InlineData("48 years of age")]
    public void Not_an_age_and_sex(string text) => GrammarAssert.Fails(PidginPatientGrammar.AgeThenSex, text);

    [Fact]
    public void Sex_without_age() =>
        GrammarAssert.Parses(PidginPatientGrammar.SexOnly, "a female who sustained").Sex.Value.ShouldBe(Sex.Female);

    [Theory]
    [InlineData("injured worker is a 48 year old male", "injured worker")]
    [InlineData("applicant is a 34-year-old male", "applicant")]
    [InlineData("patient's current diagnosis is documented as", "patient")]
    [InlineData("worker is undergoing treatment for", "injured worker")]
    [InlineData("IW is undergoing treatment", "injured worker")]
    [InlineData("claimant (constructed)", "claimant")]
    [InlineData("injured employee (constructed)", "employee")]
    public void Terms(string text, string term) => GrammarAssert.Parses(PidginPatientGrammar.Term, text).ShouldBe(term);

    [Theory]
    [InlineData("patients were seen")]
    [InlineData("workers' compensation")]
    [InlineData("employer")]
    public void Not_a_term(string text) => GrammarAssert.Fails(PidginPatientGrammar.Term, text);

    [Theory]
    [InlineData("The injured worker is a 48 year old male", "injured worker")]
    [InlineData("The 58 year old female injured worker suffered", "injured worker")]
    [InlineData("This injured worker is a 37 year old female", "injured worker")]
    [InlineData("is a patient with a date of injury", "patient")]
    [InlineData("the patient complained of back pain", "patient")]
    public void Terms_where_they_name_the_patient(string text, string term)
    {
        var found = GrammarAssert.Parses(PidginPatientGrammar.NamedTerm, text);

        found.Value.ShouldBe(term);
        text[found.Start..found.End].ShouldEndWith(term == "injured worker" ? "injured worker" : term);
    }

    [Theory]
    [InlineData("a patient from falling on top of her")]
    [InlineData("This is a 78 year old male with a date of injury")]
    public void Not_a_term_that_names_the_patient(string text) => GrammarAssert.Fails(PidginPatientGrammar.NamedTerm, text);
}
