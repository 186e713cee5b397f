using ImrParsing.Parsers;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Grammar;

public sealed class ItemHeadGrammarTests
{
    [Fact]
    public void Partial_authorization_with_the_remaining_portion()
    {
        const string text = "Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was\nauthorized by the Claims Administrator. The remaining IMR eligible portion of the\noriginal request, Cyclobenzaprine 7.5mg #27";

        var partial = GrammarAssert.Parses(ItemHeadGrammar.PartialAuthorization, text);

        text.Slice(partial.Original).Trim().ShouldBe("Cyclobenzaprine 7.5mg #90");
        text.Slice(partial.Authorized).Trim().ShouldBe("Cyclobenzaprine 7.5mg #63");
        text.Slice(partial.Remaining).ShouldBe("Cyclobenzaprine 7.5mg #27");
    }

    [Fact]
    public void Partial_authorization_leaving_the_original_request()
    {
        const string text = "Purchase of a bedside 3 in 1 commode was the original request. The Claims Administrator\nauthorized a bedside 3 in 1 commode for 1 month, leaving the original request IMR\neligible. The original request, purchase of a bedside 3 in 1 commode";

        var partial = GrammarAssert.Parses(ItemHeadGrammar.PartialAuthorization, text);

        text.Slice(partial.Original).Trim().ShouldBe("Purchase of a bedside 3 in 1 commode");
        text.Slice(partial.Authorized).Trim().ShouldBe("a bedside 3 in 1 commode for 1 month");
        text.Slice(partial.Remaining).ShouldBe("purchase of a bedside 3 in 1 commode");
    }

    [Theory]
    [InlineData("MRI of the right shoulder without contrast")]
    [InlineData("Labs to include: EKG")]
    [InlineData("Review of the original request was not possible")]
    public void An_ordinary_request_is_not_a_partial_authorization(string text) =>
        GrammarAssert.Fails(ItemHeadGrammar.PartialAuthorization, text);
}
