using ImrParsing.Tests.Infrastructure;
using ImrParsing.Tests.Reliability;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// The corpus letters as five more PDF text extractors give them (tests/Letters/extractors/TOOL/,
/// copied unchanged from the shared corpus; its README says what each tool does to a letter) give
/// the values of pdftotext's text, and keep full fidelity: every value is the text its span covers
/// and the sections tile the input.
/// </summary>
public sealed class OtherExtractorTests
{
    /// <summary>The extractors' folders under tests/Letters/extractors.</summary>
    public static IReadOnlyList<string> Extractors { get; } =
        [.. Directory.GetDirectories(Path.Combine(Infrastructure.Corpus.Folder, "extractors")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>Every extractor with every letter it holds.</summary>
    public static TheoryData<string, string> ExtractorLetterData
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string extractor in Extractors)
            {
                foreach (string letter in Infrastructure.Corpus.RealLetters)
                {
                    data.Add(extractor, letter);
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_folder_holds_every_letter_from_five_extractors()
    {
        Extractors.Count.ShouldBe(5);
        foreach (string extractor in Extractors)
        {
            foreach (string letter in Infrastructure.Corpus.RealLetters)
            {
                File.Exists(PathOf(extractor, letter)).ShouldBeTrue($"{extractor}: {letter}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExtractorLetterData))]
    public void Every_extractor_gives_the_values_of_pdftotext_with_full_fidelity(string extractor, string letter)
    {
        var reading = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));
        string text = File.ReadAllText(PathOf(extractor, letter));

        DocumentInvariants.Check(ImrParser.Default, text).ShouldNotBeNull();
        var document = ImrDocument.Parse(text);
        var leaves = DocumentWalker.Leaves(document);
        var comparison = DocumentComparison.Compare(DocumentComparison.Flatten(reading), DocumentComparison.Flatten(leaves));

        comparison.Differences.ShouldBeEmpty();
        comparison.Compared.ShouldBeGreaterThan(20);
        TransformationTests.FidelityProblems(text, document, leaves).ShouldBeEmpty();
    }

    private static string PathOf(string extractor, string letter) =>
        Path.Combine(Infrastructure.Corpus.Folder, "extractors", extractor, Path.GetFileName(letter) + ".txt");
}
