using ImrParsing.Parsers;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

public sealed class CanonicalTextTests
{
    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void It_is_the_normalizers_form_and_maps_each_character_back(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);

        var canonical = CanonicalText.Of(text);

        canonical.Text.ShouldBe(TextNormalizer.Normalize(text));
        for (int i = 0; i < canonical.Text.Length; i++)
        {
            var source = canonical.ToSource(new OffsetRange(i, i + 1));
            if (canonical.Text[i] != ' ')
            {
                text[source.Start].ShouldBe(canonical.Text[i]);
            }
        }
    }

    [Fact]
    public void A_range_maps_to_the_words_it_was_made_from()
    {
        const string source = "  note dated 10-30-\n2016, the  injured\nworker";
        var canonical = CanonicalText.Of(source, 2, source.Length);

        canonical.Text.ShouldBe("note dated 10-302016, the injured worker");
        var date = canonical.ToSource(new OffsetRange(11, 20));
        source[date.Start..date.End].ShouldBe("10-30-\n2016");
        var term = canonical.ToSource(new OffsetRange(26, 40));
        source[term.Start..term.End].ShouldBe("injured\nworker");
        canonical.ToSource(new OffsetRange(40, 40)).ShouldBe(new OffsetRange(source.Length, source.Length));
    }
}
