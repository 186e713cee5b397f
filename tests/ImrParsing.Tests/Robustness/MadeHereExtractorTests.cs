using ImrParsing.Tests.Infrastructure;
using ImrParsing.Tests.Reliability;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// The corpus letters as three extractors run here give them (tests/Letters/made-here/TOOL/; its README
/// says how they were made and what each does to a letter): PyMuPDF's blocks and PDFium's text (its
/// line-end hyphens marked U+FFFE) give every value of pdftotext's text, and pypdf's text, with its
/// kerning spaces beside hyphens, the header, the date of injury and every item's decision. All
/// keep full fidelity.
/// </summary>
public sealed class MadeHereExtractorTests
{
    // The parts of a letter pypdf's text gives whole; its spaces inside words ("wit hout") change
    // other values' words, which no rule can tell from two words.
    private static readonly string[] PypdfHolds = ["document.Header.", "document.CaseSummary.DateOfInjury", "document.Reviewer."];

    // "date of inju ry on 10 -17-2016": a space inside the word the date of injury is found by.
    private static readonly Dictionary<string, string[]> SplitWords = new()
    {
        ["dwc-2016/CM16-0231884"] = ["document.CaseSummary.DateOfInjury"],
    };

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void PyMuPDF_blocks_give_the_values_of_pdftotext_with_full_fidelity(string letter) =>
        GivesTheValuesOfPdftotext("pymupdf-blocks", letter);

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void PDFium_gives_the_values_of_pdftotext_with_full_fidelity(string letter) =>
        GivesTheValuesOfPdftotext("pdfium", letter);

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void Pypdf_gives_the_header_the_date_of_injury_and_the_decisions_with_full_fidelity(string letter)
    {
        var reading = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));
        string text = File.ReadAllText(PathOf("pypdf", letter));

        DocumentInvariants.Check(ImrParser.Default, text).ShouldNotBeNull();
        var document = ImrDocument.Parse(text);
        var leaves = DocumentWalker.Leaves(document);

        var split = SplitWords.GetValueOrDefault(letter, []);
        var comparison = DocumentComparison.Compare(Held(DocumentComparison.Flatten(reading)), Held(DocumentComparison.Flatten(leaves)));
        comparison.Differences.Where(difference => !split.Any(path => difference.StartsWith(path, StringComparison.Ordinal))).ShouldBeEmpty();
        document.Items.Select(item => item.Decision?.Value).ShouldBe(reading.Items.Select(item => item.Decision?.Value));
        TransformationTests.FidelityProblems(text, document, leaves).ShouldBeEmpty();
    }

    private static void GivesTheValuesOfPdftotext(string extractor, string letter)
    {
        var reading = ImrDocument.Parse(Infrastructure.Corpus.Read(letter));
        string text = File.ReadAllText(PathOf(extractor, letter));

        var document = ImrDocument.Parse(text);
        var leaves = DocumentWalker.Leaves(document);
        var comparison = DocumentComparison.Compare(OtherExtractorTests.Words(DocumentComparison.Flatten(reading)), OtherExtractorTests.Words(DocumentComparison.Flatten(leaves)));

        comparison.Differences.ShouldBeEmpty();
        TransformationTests.FidelityProblems(text, document, leaves).ShouldBeEmpty();
    }

    private static Dictionary<string, string> Held(Dictionary<string, string> values) =>
        OtherExtractorTests.Words(values.Where(pair => PypdfHolds.Any(pair.Key.StartsWith)).ToDictionary(StringComparer.Ordinal));

    private static string PathOf(string extractor, string letter) =>
        Path.Combine(Infrastructure.Corpus.Folder, "made-here", extractor, Path.GetFileName(letter) + ".txt");
}
