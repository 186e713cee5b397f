using ImrParsing.Tests.Infrastructure;
using ImrParsing.Tests.Reliability;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// Words out of reading order, as PdfPig's word extractor gives a letter whose fonts are not
/// embedded: no parser can restore them, but each gives a document with diagnostics or an
/// <see cref="ImrParseException"/>, with every invariant kept, never a crash or a hang. Made from
/// every real letter by shuffling its words (a fixed seed per letter), whole and a page a line.
/// </summary>
public sealed class ScrambledTextTests
{
    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void A_letter_with_its_words_out_of_order_gives_a_document_or_an_error(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);
        var random = new Random(letter.Sum(c => c));
        string[] words = text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        random.Shuffle(words);

        // Lines of eight words, and the whole letter on one line.
        string lines = string.Join('\n', words.Chunk(8).Select(chunk => string.Join(' ', chunk)));
        string oneLine = string.Join(' ', words);

        Should.NotThrow(() => DocumentInvariants.Check(ImrParser.Default, lines));
        Should.NotThrow(() => DocumentInvariants.Check(ImrParser.Default, oneLine));
    }
}
