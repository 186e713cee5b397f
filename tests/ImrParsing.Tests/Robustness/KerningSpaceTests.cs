using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// A letter as pypdf gives it, a space on one side of a hyphen inside a word ("CM16 -0213037",
/// "10- 13-16", "Non -MTUS": <see cref="TextVariants.KerningSpaces"/>), gives the values of the plain
/// text: the header, the case summary's dates, age and sex, and each item's request, decision and
/// guidelines' first citation kinds.
/// </summary>
public sealed class KerningSpaceTests
{
    private static readonly string[] Compared =
    [
        "document.Header.", "document.CaseSummary.DateOfInjury", "document.CaseSummary.Dates", "document.CaseSummary.Patient.",
        "document.Items", "document.Reviewer.",
    ];

    // Citation chapters and sections are left out: where an author typed "Low Back -Lumbar", the
    // kerned text (which joins every one-sided hyphen) reads the chapter whole, the plain one does not.
    private static readonly string[] LeftOut = [".ChapterName", ".Sections", "Guideline.Text", "Citations[", ".Rationale.Text"];

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void A_kerned_letter_gives_the_plain_letter_s_values(string letter)
    {
        string text = Infrastructure.Corpus.Read(letter);
        string kerned = TextVariants.KerningSpaces.Apply(text);

        var expected = Contract(DocumentComparison.Flatten(ImrDocument.Parse(text)));
        var found = Contract(DocumentComparison.Flatten(ImrDocument.Parse(kerned)));

        kerned.ShouldNotBe(text);
        DocumentComparison.Compare(expected, found).Differences.ShouldBeEmpty();
    }

    private static Dictionary<string, string> Contract(Dictionary<string, string> values) =>
        values.Where(pair => Compared.Any(pair.Key.StartsWith) && !LeftOut.Any(pair.Key.Contains))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
