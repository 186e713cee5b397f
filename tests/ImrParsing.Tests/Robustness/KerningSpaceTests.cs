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

    [Fact]
    public void A_kerned_value_keeps_the_input_s_text_and_span_and_reads_whole()
    {
        string text = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037").Replace("CM16-0213037", "CM16 -0213037", StringComparison.Ordinal)
            .Replace("injury on 10-13-16", "injury on 10- 13-16", StringComparison.Ordinal).Replace("a 48 year old", "a 48 -year-old", StringComparison.Ordinal);

        var document = ImrDocument.Parse(text);

        var caseNumber = document.Header!.CaseNumber!;
        caseNumber.Value.ShouldBe("CM16-0213037");
        caseNumber.Text.ShouldBe("CM16 -0213037");
        text.Substring(caseNumber.Span.Start, caseNumber.Span.Length).ShouldBe("CM16 -0213037");
        var injury = document.CaseSummary!.DateOfInjury!.Value;
        injury.Value.ShouldBe(new DateOnly(2016, 10, 13));
        injury.Text.ShouldBe("10- 13-16");
        document.CaseSummary.Patient.Age!.Value.Value.ShouldBe(48);
    }

    private static Dictionary<string, string> Contract(Dictionary<string, string> values) =>
        values.Where(pair => Compared.Any(pair.Key.StartsWith) && !LeftOut.Any(pair.Key.Contains))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
}
