using System.Text.RegularExpressions;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Text;

namespace ImrParsing.Tests.Robustness;

/// <summary>The transformations and the comparison the robustness tests rely on do what they say.</summary>
public sealed partial class TextVariantTests
{
    private static readonly string Letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Each_variant_changes_the_text_but_not_its_words(string name)
    {
        var variant = TextVariants.All.Single(v => v.Name == name);

        string text = variant.Apply(Letter);

        text.ShouldNotBe(Letter);
        Words(text).ShouldBe(Words(Letter));
    }

    public static TheoryData<string> VariantNames => [.. TextVariants.All.Select(variant => variant.Name)];

    [Fact]
    public void Rewrapping_moves_line_ends_but_keeps_headings_on_their_own_lines()
    {
        string narrow = TextVariants.Narrow.Apply(Letter);
        string wide = TextVariants.Wide.Apply(Letter);

        narrow.Split('\n').Max(line => line.Length).ShouldBeLessThanOrEqualTo(52 + 12, "only the header table and headings keep longer lines");
        narrow.Split('\n').Length.ShouldBeGreaterThan(Letter.Split('\n').Length);
        wide.Split('\n').Length.ShouldBeLessThan(Letter.Split('\n').Length);
        foreach (string text in new[] { narrow, wide })
        {
            text.Split('\n').ShouldContain("IMR ISSUES, DECISIONS AND RATIONALES");
            text.Split('\n').ShouldContain(line => line.StartsWith("Decision rationale: CA MTUS/ACOEM", StringComparison.Ordinal));
            text.Split('\n').ShouldContain("MRI of the right shoulder without contrast: Upheld");
        }
    }

    [Fact]
    public void The_comparison_finds_a_changed_decision_and_a_lost_item()
    {
        var original = ImrDocument.Parse(Letter);
        var changed = ImrDocument.Parse(Letter.Replace("MRI of the cervical spine without contrast: Upheld", "MRI of the cervical spine without contrast: Overturned", StringComparison.Ordinal));
        var shorter = ImrDocument.Parse(Letter[..Letter.IndexOf("MRI of the cervical spine without contrast: Upheld", StringComparison.Ordinal)]);

        DocumentComparison.Compare(original, original).Differences.ShouldBeEmpty();
        // The rationale still concludes "not medically necessary", so the changed word also raises IMR5007.
        DocumentComparison.Compare(original, changed).Differences.ShouldBe([
            "document.Items[1].Decision: expected \"Upheld ‹Upheld›\", found \"Overturned ‹Overturned›\"",
            "document.Diagnostics[0].Code: unexpected \"IMR5007\"",
            "document.Diagnostics[0].Severity: unexpected \"Warning\"",
        ]);
        DocumentComparison.Compare(original, shorter).Differences.ShouldContain(difference => difference.StartsWith("document.Items[1].Request: \"MRI of the cervical spine", StringComparison.Ordinal));
    }

    [Fact]
    public void The_comparison_covers_every_kind_of_value()
    {
        var values = DocumentComparison.Flatten(ImrDocument.Parse(Letter));

        values["document.Header.DateAssigned"].ShouldBe("11/09/2016 ‹11/09/2016›");
        values["document.Items[0].Number"].ShouldBe("1");
        values["document.Items[0].Request"].ShouldBe("MRI of the right shoulder without contrast");
        values["document.Layout"].ShouldBe("FinalDetermination");
        values["document.Sections[3].Name"].ShouldBe("decisions");
        values.Keys.ShouldNotContain(path => path.EndsWith(".Span", StringComparison.Ordinal) || path.EndsWith(".FullSpan", StringComparison.Ordinal));
    }

    // The words of a text as the rules read it (hyphen look-alikes as hyphens, Markdown's marks as
    // spaces), hyphenation at line ends joined as the canonical form joins it.
    private static string[] Words(string text) =>
        Space().Split(Regex.Replace(ReadableText.Of(text).Replace('\u00A0', ' ').Replace("\uFEFF", string.Empty, StringComparison.Ordinal), @"(?<=\S)-[ \t]*\r?\n\s*", string.Empty))
            .Where(word => word.Length > 0)
            .ToArray();
}
