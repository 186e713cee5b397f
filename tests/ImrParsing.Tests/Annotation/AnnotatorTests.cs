using System.Net;
using System.Text.RegularExpressions;
using ImrParsing.Annotation;
using ImrParsing.Json;
using ImrParsing.Samples;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Annotation;

/// <summary>The annotated page holds the letter's text unchanged, with every value marked once, elements nested.</summary>
public sealed partial class AnnotatorTests
{
    [GeneratedRegex("<mark class=\"(?<class>[a-z-]+)\" title=\"(?<title>[^\"]*)\">|</mark>")]
    private static partial Regex MarkTag();

    [GeneratedRegex("<pre class=\"letter\">(?<body>.*)</pre>", RegexOptions.Singleline)]
    private static partial Regex LetterBody();

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_page_holds_the_letter_with_every_value_marked(string name)
    {
        string text = Infrastructure.Corpus.Read(name);
        var document = ImrDocument.Parse(text);

        string html = ImrAnnotator.ToHtml(document);

        string body = LetterBody().Match(html).Groups["body"].Value;
        var depth = 0;
        var titles = new List<string>();
        foreach (Match tag in MarkTag().Matches(body))
        {
            depth += tag.Value == "</mark>" ? -1 : 1;
            depth.ShouldBeGreaterThanOrEqualTo(0);
            if (tag.Groups["title"].Success)
            {
                titles.Add(WebUtility.HtmlDecode(tag.Groups["title"].Value));
            }
        }

        depth.ShouldBe(0, "every mark is closed");
        WebUtility.HtmlDecode(MarkTag().Replace(body, "")).ShouldBe(text, "the page shows the letter's text, nothing added or lost");

        // Every value appears in a mark's title (a mark split where spans cross repeats its title).
        var described = titles.SelectMany(title => title.Split('\n')).Select(line => line.Split(':')[0]).ToHashSet();
        DocumentFields.Of(document).Select(field => field.Path).ShouldBeSubsetOf(described);
    }

    [Fact]
    public void The_page_has_a_title_a_legend_with_counts_and_the_values_on_hover()
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"));

        string html = ImrAnnotator.ToHtml(document);

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<title>CM16-0213037: annotated IMR letter</title>");
        html.ShouldContain("<li><mark class=\"k-decision\">Decision</mark> 2</li>");
        html.ShouldContain("<li><mark class=\"k-case-number\">Case number</mark> 1</li>");
        html.ShouldContain("<mark class=\"k-age\" title=\"caseSummary.patient.age: 48\">48</mark>");
        html.ShouldContain("<mark class=\"k-decision\" title=\"items[0].decision: upheld\">Upheld</mark>");
        html.ShouldContain("title=\"caseSummary.dateOfInjury: 2016-10-13\ncaseSummary.dates[0]: 2016-10-13\">10-13-16</mark>");
    }

    [Fact]
    public void Only_the_chosen_kinds_are_marked()
    {
        var document = ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"));

        string html = ImrAnnotator.ToHtml(document, new AnnotationOptions { Kinds = new HashSet<FieldKind> { FieldKind.Decision }, Title = "Decisions" });

        MarkTag().Matches(LetterBody().Match(html).Groups["body"].Value).Count(tag => tag.Value != "</mark>").ShouldBe(2);
        html.ShouldContain("<h1>Decisions</h1>");
    }

    [Fact]
    public void An_extensions_values_are_marked_too()
    {
        var document = ImrDocument.Parse(ConstructedLetters.Read(ConstructedLetters.FinalDeterminationWithDocuments), SampleParser.Instance);

        string html = ImrAnnotator.ToHtml(document);

        // The section, and the values of the extension's own record, found through its JSON.
        html.ShouldContain("<mark class=\"k-extension\" title=\"extensions[0]: documentsReviewed\"><mark class=\"k-heading\"");
        html.ShouldContain("<mark class=\"k-extension\" title=\"extensions[0].value.documents[1].title: Utilization Review Determination\">Utilization Review Determination</mark>");
        html.ShouldContain("<mark class=\"k-date\" title=\"extensions[0].value.documents[1].dates[0]: 2014-03-21\">3/21/2014</mark>");
    }

    [Fact]
    public void The_text_is_escaped_and_characters_html_cannot_hold_are_shown_as_replacements()
    {
        // Constructed: markup and a control character in the narrative.
        string text = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037").Replace("The injured worker is a 48", "The <b>injured</b> & \u0001worker is a 48", StringComparison.Ordinal);

        string html = ImrAnnotator.ToHtml(ImrDocument.Parse(text));

        html.ShouldContain("The &lt;b&gt;injured&lt;/b&gt; &amp; \uFFFD");
        html.ShouldNotContain("<b>");
    }

    [Fact]
    public void A_document_read_from_json_has_no_text_to_annotate()
    {
        var document = ImrJson.Deserialize(ImrJson.Serialize(ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"))));

        Should.Throw<ArgumentException>(() => ImrAnnotator.ToHtml(document)).Message.ShouldContain("read from JSON");
        Should.Throw<ArgumentException>(() => ImrRedactor.Redact(document)).Message.ShouldContain("read from JSON");
    }
}
