using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

public sealed class ExcerptTests
{
    [Fact]
    public void An_excerpt_quotes_at_most_MaxLength_characters()
    {
        string excerpt = Excerpt.Of(new string('x', 500));

        excerpt.ShouldBe("\"" + new string('x', Excerpt.MaxLength) + "…\"");
    }

    [Fact]
    public void Control_characters_are_escaped_and_space_folded() =>
        Excerpt.Of("\0\u0001 a\n\n b").ShouldBe("\"\\u0000\\u0001 a b\"");

    [Fact]
    public void Nothing_left_is_the_end_of_input() => Excerpt.Of("  \n ").ShouldBe("end of input");
}
