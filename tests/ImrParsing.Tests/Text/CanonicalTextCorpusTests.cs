using ImrParsing.Benchmarks;
using ImrParsing.Parsers;
using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

public sealed class CanonicalTextCorpusTests
{
    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void It_is_the_normalizers_form_and_maps_each_character_back(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);

        var canonical = CanonicalText.Of(text);

        canonical.Value.ShouldBe(TextNormalizer.Normalize(text));
        for (int i = 0; i < canonical.Value.Length; i++)
        {
            var source = canonical.SourceRange(new OffsetRange(i, i + 1));
            if (canonical.Value[i] != ' ')
            {
                text[source.Start].ShouldBe(canonical.Value[i]);
            }
        }
    }

    [Fact]
    public void A_range_maps_to_the_words_it_was_made_from()
    {
        const string source = "  note dated 10-30-\n2016, the  injured\nworker";
        var canonical = CanonicalText.Of(source, 2, source.Length);

        canonical.Value.ShouldBe("note dated 10-302016, the injured worker");
        var date = canonical.SourceRange(new OffsetRange(11, 20));
        source[date.Start..date.End].ShouldBe("10-30-\n2016");
        var term = canonical.SourceRange(new OffsetRange(26, 40));
        source[term.Start..term.End].ShouldBe("injured\nworker");
        canonical.SourceRange(new OffsetRange(40, 40)).ShouldBe(new OffsetRange(source.Length, source.Length));
    }
}
