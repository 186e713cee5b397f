using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

public sealed class CanonicalTextTests
{
    // CM17-0007151's MAXIMUS guideline as pdftotext -layout writes it: "Non-" ends a line.
    private const string Layout = "MAXIMUS guideline: Decision based on Non-\nMTUS Citation Official Disability Guidelines (ODG) Low Back (Thoracic and Lumbar, Acute\n       and Chronic) Chapter";

    [Fact]
    public void The_value_is_the_normalized_text_of_the_range()
    {
        int start = Layout.IndexOf("Decision", StringComparison.Ordinal);

        var canonical = CanonicalText.Of(Layout, start, Layout.Length);

        canonical.Value.ShouldBe(TextNormalizer.Normalize(Layout.AsSpan(start)));
        canonical.Value.ShouldBe("Decision based on NonMTUS Citation Official Disability Guidelines (ODG) Low Back (Thoracic and Lumbar, Acute and Chronic) Chapter");
    }

    [Theory]
    [InlineData("NonMTUS", "Non-\nMTUS")]
    [InlineData("Acute and Chronic", "Acute\n       and Chronic")]
    [InlineData("Decision", "Decision")]
    [InlineData("Chapter", "Chapter")]
    public void A_range_of_the_value_maps_to_the_source_it_came_from(string canonicalWords, string sourceText)
    {
        int start = Layout.IndexOf("Decision", StringComparison.Ordinal);
        var canonical = CanonicalText.Of(Layout, start, Layout.Length);
        int at = canonical.Value.IndexOf(canonicalWords, StringComparison.Ordinal);

        var source = canonical.SourceRange(new OffsetRange(at, at + canonicalWords.Length));

        Layout[source.Start..source.End].ShouldBe(sourceText);
        TextNormalizer.Normalize(Layout.AsSpan(source.Start, source.Length)).ShouldBe(canonicalWords);
    }

    [Fact]
    public void A_range_computed_on_other_text_is_refused_not_mapped_past_the_source()
    {
        // The canonical text is shorter than its source ("Non-\nMTUS" is "NonMTUS"): a range of the
        // source's length, taken for one of the canonical text, reaches past the canonical text's end.
        int start = Layout.IndexOf("Decision", StringComparison.Ordinal);
        var canonical = CanonicalText.Of(Layout, start, Layout.Length);
        int sourceLength = Layout.Length - start;
        canonical.Value.Length.ShouldBeLessThan(sourceLength);

        Should.Throw<ArgumentOutOfRangeException>(() => canonical.SourceRange(new OffsetRange(0, sourceLength)))
            .Message.ShouldContain($"not a range of the canonical text's {canonical.Value.Length} characters");
        Should.Throw<ArgumentOutOfRangeException>(() => canonical.SourceRange(new OffsetRange(-1, 3)));
        canonical.SourceRange(new OffsetRange(0, canonical.Value.Length)).End.ShouldBe(Layout.Length, "the whole canonical text is still a range");
    }

    [Fact]
    public void A_range_of_spaces_maps_to_an_empty_range()
    {
        var canonical = CanonicalText.Of(Layout, 0, Layout.Length);
        int space = canonical.Value.IndexOf(' ', StringComparison.Ordinal);

        canonical.SourceRange(new OffsetRange(space, space + 1)).IsEmpty.ShouldBeTrue();
        CanonicalText.Of(Layout, 5, 5).Value.ShouldBeEmpty();
    }

    [Fact]
    public void The_normalizer_reports_where_each_character_came_from()
    {
        const string raw = "  non-\nopioid  x";
        char[] destination = new char[raw.Length];
        int[] offsets = new int[raw.Length];

        int written = TextNormalizer.Normalize(raw, destination, offsets);

        new string(destination, 0, written).ShouldBe("nonopioid x");
        offsets[..written].ShouldBe([2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 15]);
    }

    [Fact]
    public void A_disposed_text_keeps_a_value_read_before_and_refuses_one_asked_after()
    {
        var read = CanonicalText.Of(Layout);
        string value = read.Value;
        read.Dispose();
        read.Dispose();

        read.Value.ShouldBeSameAs(value, "the string made before the buffer went back is kept");
        read.SourceRange(new OffsetRange(0, 7)).ShouldBe(new OffsetRange(0, 7), "its offsets stay too (\"MAXIMUS\")");

        var unread = CanonicalText.Of(Layout);
        unread.Dispose();

        Should.Throw<ObjectDisposedException>(() => unread.Value);
    }
}
