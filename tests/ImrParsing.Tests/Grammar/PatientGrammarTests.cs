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
        var found = GrammarAssert.Parses(PatientGrammar.AgeThenSex, text);

        found.Age!.Value.Value.ShouldBe(age);
        found.Sex.Value.ShouldBe(sex);
        text.Slice(found.Sex.Range).ShouldBe(sex == Sex.Male ? "male" : "female");
    }

    [Theory]
    [InlineData("48 year old maleficent")]
    [InlineData("48 year male")]
    [InlineData("48 years of age")]
    public void Not_an_age_and_sex(string text) => GrammarAssert.Fails(PatientGrammar.AgeThenSex, text);

    [Fact]
    public void Sex_without_age() =>
        GrammarAssert.Parses(PatientGrammar.SexOnly, "a female who sustained").Sex.Value.ShouldBe(Sex.Female);
}
