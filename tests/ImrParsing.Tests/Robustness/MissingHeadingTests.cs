using ImrParsing.Diagnostics;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Robustness;

/// <summary>
/// Missing nodes, not lost items: a letter whose decisions heading is gone (made from every real
/// letter by deleting it) keeps every item, read without the heading, and IMR1009 says what was
/// missing and where.
/// </summary>
public sealed class MissingHeadingTests
{
    private const string Heading = "IMR ISSUES, DECISIONS AND RATIONALES";

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.RealLetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void A_letter_without_its_decisions_heading_keeps_its_items(string letter)
    {
        string original = Infrastructure.Corpus.Read(letter);
        var expected = ImrDocument.Parse(original);
        int at = original.IndexOf(Heading, StringComparison.Ordinal);
        string text = original.Remove(at, Heading.Length);

        var document = ImrDocument.Parse(text);

        document.Items.Select(item => item.Request?.Value).ShouldBe(expected.Items.Select(item => item.Request?.Value));
        document.Items.Select(item => item.Decision?.Value).ShouldBe(expected.Items.Select(item => item.Decision?.Value));
        var missing = document.Diagnostics.Where(diagnostic => diagnostic.Code == ImrDiagnostics.MissingHeading.Code).ShouldHaveSingleItem();
        missing.Span.Length.ShouldBe(0);
        missing.Span.Start.ShouldBeGreaterThanOrEqualTo(at);
        document.Diagnostics.ShouldNotContain(diagnostic => diagnostic.Code == ImrDiagnostics.MissingSection.Code);
        document.Sections.Single(section => section.Name == "decisions").Heading.ShouldBeNull();
        TransformationTests.FidelityProblems(text, document, DocumentWalker.Leaves(document)).ShouldBeEmpty();
    }
}
