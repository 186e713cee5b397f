using CsCheck;
using ImrParsing.Json;
using ImrParsing.Samples;
using ImrParsing.Samples.OtherRules;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Tests.Properties;
using ImrParsing.Tests.Reliability;

namespace ImrParsing.Tests.Extensibility;

/// <summary>
/// Parsers of other rules keep the parser's promises: a document or an ImrParseException, spans
/// inside the input that cover their values, sections that tile it, JSON that reads back.
/// </summary>
public sealed class ExtendedParserPropertyTests
{
    private const ulong Seed = 20161209;

    private static readonly ImrParser[] Parsers =
    [
        SampleParser.Instance,
        ImrParser.CreateBuilder().AddDrugFormulary().AddTelemedicine().AddDateOfReview().Build(),
        new ImrParserBuilder().Build(),
    ];

    // The older layout with its list of documents, damaged at random: the sample section reads it.
    private static readonly Gen<string> DamagedLetterWithDocuments = LetterGen.Mutation.Array[1, 8]
        .Select(mutations => LetterGen.Apply(ConstructedLetters.Read(ConstructedLetters.FinalDeterminationWithDocuments), mutations));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Damaged_letters_and_random_text_keep_every_invariant(int parser)
    {
        FixedSeed.Check(LetterGen.MutatedLetter, 100, Seed, text => DocumentInvariants.Check(Parsers[parser], text));
        FixedSeed.Check(DamagedLetterWithDocuments, 100, Seed, text => DocumentInvariants.Check(Parsers[parser], text));
        FixedSeed.Check(LetterGen.RandomText, 200, Seed, text => DocumentInvariants.Check(Parsers[parser], text));
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.LetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_sample_extensions_leave_the_corpus_letters_as_they_were(string name)
    {
        // The 2016 letters have no list of documents and no other wording: the extended parser reads them alike.
        string text = Infrastructure.Corpus.Read(name);

        ImrJson.Serialize(ImrDocument.Parse(text, SampleParser.Instance)).ShouldBe(ImrJson.Serialize(ImrDocument.Parse(text)));
    }
}
