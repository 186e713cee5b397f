using ImrParsing.Parsers;

namespace ImrParsing.Tests.Grammar;

public sealed class ItemHeadGrammarTests
{
    [Fact]
    public void Partial_authorization_with_the_remaining_portion()
    {
        const string text = "Cyclobenzaprine 7.5mg #90 was the original request. Cyclobenzaprine 7.5mg #63 was\nauthorized by the Claims Administrator. The remaining IMR eligible portion of the\noriginal request, Cyclobenzaprine 7.5mg #27";

        var partial = ItemHeadGrammar.PartialAuthorization(text, 0, text.Length).ShouldNotBeNull();

        Slice(text, partial.Original).Trim().ShouldBe("Cyclobenzaprine 7.5mg #90");
        Slice(text, partial.Authorized).Trim().ShouldBe("Cyclobenzaprine 7.5mg #63");
        Slice(text, partial.Remaining).ShouldBe("Cyclobenzaprine 7.5mg #27");
    }

    [Fact]
    public void Partial_authorization_leaving_the_original_request()
    {
        const string text = "Purchase of a bedside 3 in 1 commode was the original request. The Claims Administrator\nauthorized a bedside 3 in 1 commode for 1 month, leaving the original request IMR\neligible. The original request, purchase of a bedside 3 in 1 commode";

        var partial = ItemHeadGrammar.PartialAuthorization(text, 0, text.Length).ShouldNotBeNull();

        Slice(text, partial.Original).Trim().ShouldBe("Purchase of a bedside 3 in 1 commode");
        Slice(text, partial.Authorized).Trim().ShouldBe("a bedside 3 in 1 commode for 1 month");
        Slice(text, partial.Remaining).ShouldBe("purchase of a bedside 3 in 1 commode");
    }

    [Theory]
    [InlineData("MRI of the right shoulder without contrast")]
    [InlineData("Labs to include: EKG")]
    [InlineData("Review of the original request was not possible")]
    public void An_ordinary_request_is_not_a_partial_authorization(string text) =>
        ItemHeadGrammar.PartialAuthorization(text, 0, text.Length).ShouldBeNull();

    [Fact]
    public void The_parts_are_in_the_letters_offsets_and_end_at_the_heads_end()
    {
        const string text = "1. TENS unit was the original request. TENS unit for 1 month was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, TENS unit for 2 months: Upheld";
        int end = text.IndexOf(':', StringComparison.Ordinal);

        var partial = ItemHeadGrammar.PartialAuthorization(text, 3, end).ShouldNotBeNull();

        partial.Original.ShouldBe((3, 13));
        Slice(text, partial.Remaining).ShouldBe("TENS unit for 2 months");
    }

    private static string Slice(string text, (int Start, int End) range) => text[range.Start..range.End];
}
