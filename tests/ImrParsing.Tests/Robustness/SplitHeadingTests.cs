using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// A heading an extractor wraps over two lines, at any space, is still the heading: every heading of
/// a real letter of each extraction and of each constructed letter of the older layouts (mixed case,
/// colon-ended, two headings that begin or end alike) is split at each of its spaces in turn, and
/// the letter gives the values it gives whole.
/// </summary>
public sealed class SplitHeadingTests
{
    public static TheoryData<string> Letters =>
    [
        "dwc-2016/CM16-0213037", "dwc-2016/CM16-0213037.layout", "seeds/000_7bf717663bbdc77e",
        .. ConstructedLetters.All.Select(name => "constructed/" + name),
    ];

    private static string Read(string letter) =>
        letter.StartsWith("constructed/", StringComparison.Ordinal) ? ConstructedLetters.Read(letter["constructed/".Length..]) : Infrastructure.Corpus.Read(letter);

    [Theory]
    [MemberData(nameof(Letters))]
    public void Every_heading_split_at_any_space_gives_the_same_values(string letter)
    {
        string text = Read(letter);
        var whole = ImrDocument.Parse(text);
        var expected = DocumentComparison.Flatten(whole);
        var failures = new List<string>();
        int splits = 0;

        foreach (var heading in whole.Sections.Select(section => section.Heading).OfType<Syntax.TextValue>())
        {
            for (int at = heading.Span.Start; at < heading.Span.End; at++)
            {
                if (text[at] != ' ')
                {
                    continue;
                }

                string split = text[..at] + "\n" + text[(at + 1)..];
                splits++;
                var comparison = DocumentComparison.Compare(expected, ImrDocument.Parse(split));
                failures.AddRange(comparison.Differences.Select(difference => $"{heading.Value} split at {at - heading.Span.Start}: {difference}"));
            }
        }

        splits.ShouldBeGreaterThan(5);
        failures.ShouldBeNone();
    }
}
