using ImrParsing.Semantics;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Semantics;

public sealed class DateOfServiceGrammarTests
{
    [Theory]
    [InlineData("DOS: 11/11/2016", 2016, 11, 11, "11/11/2016")]
    [InlineData("DOS: 11/14/16", 2016, 11, 14, "11/14/16")]
    [InlineData("DOS 12/29/16)", 2016, 12, 29, "12/29/16")]
    [InlineData("per 12/07/2016 order", 2016, 12, 7, "12/07/2016")]
    [InlineData("date of service 11/14/16", 2016, 11, 14, "11/14/16")] // constructed: the corpus writes only "DOS"
    public void Dates_of_service(string text, int year, int month, int day, string dateText)
    {
        var (date, range) = GrammarAssert.Parses(DateOfServiceGrammar.DateOfService, text);

        date.ShouldBe(new DateOnly(year, month, day));
        text.Slice(range).ShouldBe(dateText);
    }

    [Theory]
    [InlineData("per day")]
    [InlineData("per 12/07/2016 request")]
    [InlineData("DOSAGE 11/11/2016")]
    public void Not_dates_of_service(string text) => GrammarAssert.Fails(DateOfServiceGrammar.DateOfService, text);
}
