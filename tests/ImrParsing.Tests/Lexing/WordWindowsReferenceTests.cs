using System.Text;
using ImrParsing.Benchmarks;
using ImrParsing.Lexing;

namespace ImrParsing.Tests.Lexing;

/// <summary>
/// <see cref="WordWindows"/>'s group walks, a character at a time, against the vectorized searches
/// they replaced (<see cref="BaselineWordWindows"/>, the benchmarks' baseline shared as source):
/// the same place before and after every offset, for zero to two groups.
/// </summary>
public sealed class WordWindowsReferenceTests
{
    // Words, hyphens at line ends, opening parentheses alone and any kind of white space.
    private static readonly string[] Pieces =
    [
        "pain", "10/13/2016", "(", "((", "(a", "-", "fu-", "L4-5", "a", "\u00E9t\u00E9", "\u2028", "Dec.", ")", "x",
    ];

    private static readonly string[] Spaces = [" ", "  ", "\n", "\r\n", "-\n", "\t", "\u00A0", "\u3000", "\u0085", " \n ", string.Empty];

    [Fact]
    public void Place_the_same_bounds_as_the_searches_on_every_corpus_letter()
    {
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            ShouldBeTheSame(Infrastructure.Corpus.Read(name), step: 3);
        }
    }

    [Fact]
    public void Place_the_same_bounds_as_the_searches_on_constructed_texts()
    {
        var random = new Random(20161205);
        for (int sample = 0; sample < 3000; sample++)
        {
            var text = new StringBuilder();
            int pieces = random.Next(0, 20);
            for (int k = 0; k < pieces; k++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]).Append(Spaces[random.Next(Spaces.Length)]);
            }

            ShouldBeTheSame(text.ToString(), step: 1);
        }
    }

    private static void ShouldBeTheSame(string text, int step)
    {
        for (int at = 0; at <= text.Length; at += step)
        {
            for (int groups = 0; groups <= 2; groups++)
            {
                foreach (int lower in (int[])[0, at / 2, at])
                {
                    WordWindows.Before(text, lower, at, groups).ShouldBe(BaselineWordWindows.Before(text, lower, at, groups), text);
                }

                if (at < text.Length)
                {
                    WordWindows.After(text, at, text.Length, groups).ShouldBe(BaselineWordWindows.After(text, at, text.Length, groups), text);
                }
            }
        }
    }
}
