using ImrParsing.Tests.Infrastructure;
using ImrParsing.Text;

namespace ImrParsing.Tests.Corpus;

/// <summary>
/// Every value of every corpus text (both extractions of the real letters) points at the exact
/// words it came from, and the sections' full spans tile the input.
/// </summary>
public sealed class SpanInvariantTests
{
    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Every_value_is_the_text_its_span_covers(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);
        var document = ImrDocument.Parse(text);
        var source = SourceText.From(text);

        var values = DocumentWalker.Values(document).ToList();

        values.Count.ShouldBeGreaterThan(20);
        foreach (var value in values)
        {
            value.Span.Start.ShouldBeInRange(0, text.Length, value.Path);
            value.Span.End.ShouldBeInRange(value.Span.Start, text.Length, value.Path);
            source.GetLinePosition(value.Span.Start).ShouldBe((value.Span.Line, value.Span.Column), value.Path);
            if (value.Text is not null)
            {
                text.Substring(value.Span.Start, value.Span.Length).ShouldBe(value.Text, value.Path);
            }

            if (value.IsTextValue && value.Value is string canonical)
            {
                canonical.ShouldBe(TextNormalizer.Normalize(value.Text), value.Path);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void Section_full_spans_tile_the_input(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);
        var document = ImrDocument.Parse(text);

        SpanAssert.Tiles(document.Sections.Select(section => section.FullSpan), text.Length);
        foreach (var section in document.Sections)
        {
            section.FullSpan.Contains(section.Span).ShouldBeTrue(section.Name);
            char.IsWhiteSpace(text[section.Span.Start]).ShouldBeFalse(section.Name);
            char.IsWhiteSpace(text[section.Span.End - 1]).ShouldBeFalse(section.Name);
        }
    }
}
