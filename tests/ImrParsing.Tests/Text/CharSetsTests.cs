using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

public sealed class CharSetsTests
{
    [Fact]
    public void IsSpace_holds_exactly_the_characters_of_the_space_set()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (CharSets.IsSpace((char)c) != CharSets.AnySpaceChars.Contains((char)c, StringComparison.Ordinal))
            {
                Assert.Fail($"IsSpace(U+{c:X4}) disagrees with the space set");
            }
        }
    }
}
