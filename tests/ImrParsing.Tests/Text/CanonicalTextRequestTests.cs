using ImrParsing.Benchmarks;
using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

/// <summary>The readers' canonical text is the normalizer's, and maps back to the source characters.</summary>
public sealed class CanonicalTextRequestTests
{
    [Theory]
    [InlineData("Physical ther-\napy 2 times")]
    [InlineData("  MRI of the\r\n\f right shoulder  ")]
    [InlineData("10%-\nCyclobenzaprine")]
    [InlineData("a - b -\n")]
    [InlineData("-\nx")]
    [InlineData("")]
    public void The_text_is_the_normalizers(string source) =>
        CanonicalText.Of(source, 0, source.Length).Value.ShouldBe(TextNormalizer.Normalize(source));

    [Fact]
    public void Ranges_map_back_to_the_source_words()
    {
        const string source = "xx Physical ther-\napy  2 times";
        var canonical = CanonicalText.Of(source, 3, source.Length);
        int start = canonical.Value.IndexOf("therapy", StringComparison.Ordinal);

        var range = canonical.SourceRange(new ImrParsing.Text.OffsetRange(start, start + "therapy".Length));

        source[range.Start..range.End].ShouldBe("ther-\napy");
        var two = canonical.SourceRange(new ImrParsing.Text.OffsetRange(canonical.Value.IndexOf('2'), canonical.Value.IndexOf('2') + 1));
        source[two.Start..two.End].ShouldBe("2");
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_request_of_the_corpus_reads_as_its_canonical_value(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);
        foreach (var item in ImrDocument.Parse(text).Items)
        {
            if (item.Request is { } request)
            {
                CanonicalText.Of(text, request.Span.Start, request.Span.End).Value.ShouldBe(request.Value);
            }
        }
    }
}
