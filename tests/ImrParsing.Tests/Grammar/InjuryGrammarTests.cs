using ImrParsing.Parsers;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Grammar;

public sealed class InjuryGrammarTests
{
    [Theory]
    [InlineData("injury on 10-13-16. The", "injury on ", "10-13-16")]
    [InlineData("injury of March 18, 2013. A", "injury of ", "March 18, 2013")]
    [InlineData("injury date of 10-16-2016. Medical", "injury date of ", "10-16-2016")]
    [InlineData("injury on 10-20-2016.", "injury on ", "10-20-2016")]
    [InlineData("claim from 10/14/ 2016.", "claim from ", "10/14/ 2016")]
    [InlineData("injury October 10, 2016. Diagnoses", "injury ", "October 10, 2016")]
    [InlineData("DOI: 10/13/2016 (constructed)", "DOI: ", "10/13/2016")]
    public void The_words_before_a_date_of_injury_and_the_date(string text, string before, string date)
    {
        var words = GrammarAssert.Parses(InjuryGrammar.BeforeDate, text);
        text[words.Start..words.End].ShouldBe(before);
        var found = GrammarAssert.Parses(InjuryGrammar.DateOfInjury, text);
        text[found.Start..found.End].ShouldBe(date);
    }

    [Theory]
    [InlineData("claim for chronic low back pain (LBP)")]
    [InlineData("injury is detailed as a slip and fall")]
    [InlineData("injured worker is a 48 year old male")]
    [InlineData("injury to the low back on 10-13-16")]
    public void Not_a_date_of_injury(string text) => GrammarAssert.Fails(InjuryGrammar.DateOfInjury, text);
}
