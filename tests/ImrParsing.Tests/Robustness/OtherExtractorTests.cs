using ImrParsing.Tests.Infrastructure;
using ImrParsing.Tests.Reliability;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// The corpus letters as five more PDF text extractors give them (tests/Letters/extractors/TOOL/,
/// copied unchanged from the shared corpus; its README says what each tool does to a letter) give
/// the values of pdftotext's text (their letters and digits: see <see cref="Words"/>), and keep full
/// fidelity: every value is the text its span covers and the sections tile the input.
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

    // Lines an extractor wrote out of reading order, which no parser can put back: only these values may differ.
    private static readonly Dictionary<(string Extractor, string Letter), string[]> OutOfOrder = new()
    {
        // pdfminer writes the two lines that follow a left-out amount ("per ear, including hearing aid
        // evaluation,") after the letter's last sentence, which then ends mid-sentence (IMR1005).
        [("pdfminer", "dwc-2016/CM17-0002551")] = ["document.Items[0].Rationale.Text", "document.Diagnostics[0]"],

        // pdfminer moves the line "and apparently the drain was in the colon. The patient" elsewhere in the summary.
        [("pdfminer", "dwc-2016/CM16-0249724")] = ["document.CaseSummary.Text"],
    };

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
        var comparison = DocumentComparison.Compare(Words(DocumentComparison.Flatten(reading)), Words(DocumentComparison.Flatten(leaves)));

        var moved = OutOfOrder.GetValueOrDefault((extractor, letter), []);
        comparison.Differences.Where(difference => !moved.Any(path => difference.StartsWith(path, StringComparison.Ordinal))).ShouldBeEmpty();
        comparison.Compared.ShouldBeGreaterThan(20);
        TransformationTests.FidelityProblems(text, document, leaves).ShouldBeEmpty();
    }

    // An extractor that joins a word hyphenated at a line end keeps the hyphen ("radicul-opathy"),
    // where pdftotext's line break lets the canonical form drop it; once the line break is gone no
    // parser can tell that hyphen from a word's own, and extractors differ in the space they put
    // around brackets and symbols. Values are compared on their letters and digits, in order: a
    // word lost, added or moved still differs.
    internal static Dictionary<string, string> Words(Dictionary<string, string> values) =>
        values.ToDictionary(pair => pair.Key, pair => string.Concat(pair.Value.Where(char.IsLetterOrDigit)), StringComparer.Ordinal);

    private static string PathOf(string extractor, string letter) =>
        Path.Combine(Infrastructure.Corpus.Folder, "extractors", extractor, Path.GetFileName(letter) + ".txt");
}
