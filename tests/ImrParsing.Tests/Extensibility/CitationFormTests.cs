using Pidgin;
using ImrParsing.Lexing;
using ImrParsing.Samples.OtherRules;
using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Extensibility;

/// <summary>
/// A citation form an extension adds through <see cref="ImrParserBuilder"/>: a token grammar made of
/// <see cref="CitationParts"/>' blocks, read in real letters with spans into the letter; with it the
/// parser runs every form's token grammar, and reads the corpus's citations as the default parser does.
/// </summary>
public sealed class CitationFormTests
{
    // The samples' "Drug Formulary, Section(s): Opioids" form, added after the built-in ones.
    private static readonly ImrParser WithFormulary = ImrParser.CreateBuilder().AddDrugFormulary().Build();

    [Fact]
    public void An_added_form_reads_its_citation_in_a_real_letter_with_spans_into_the_letter()
    {
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        const string Lead = "Decision based on MTUS ";
        int at = letter.IndexOf(Lead, StringComparison.Ordinal) + Lead.Length;
        string text = letter.Insert(at, "Drug\nFormulary, Section(s): Opioids, criteria for use, and ");

        var citations = Citations(WithFormulary.Parse(text));
        var formulary = citations.Where(citation => citation.Title?.Value == "Drug Formulary").ShouldHaveSingleItem();

        formulary.Span.Start.ShouldBe(at);
        text[formulary.Span.Start..formulary.Span.End].ShouldBe("Drug\nFormulary, Section(s): Opioids, criteria for use");
        text[formulary.Title!.Span.Start..formulary.Title.Span.End].ShouldBe("Drug\nFormulary");
        formulary.Sections.Select(section => text[section.Span.Start..section.Span.End]).ShouldBe(["Opioids, criteria for use"]);
        formulary.Title.Span.Line.ShouldBe(formulary.Sections[0].Span.Line - 1);

        // The citation chained after it is read as before.
        var next = citations[citations.IndexOf(formulary) + 1];
        next.Title!.Value.ShouldBe("Shoulder Complaints");
        Citations(ImrParser.Default.Parse(letter)).ShouldContain(citation => citation.Span.Start == next.Span.Start - (text.Length - letter.Length));
    }

    [Theory]
    [InlineData("Decision based on MTUS Formulary Opioids, criteria for use, Page(s): 12.", "Opioids, criteria for use|12")]
    [InlineData("Decision based on MTUS Formulary Opioids, and Chapter 12 Low Back Complaints.", "Opioids|;Low Back Complaints|")]
    [InlineData("Decision based on MTUS Formulary\nOpioids p. 3-4 and Chapter 12 Low Back.", "Opioids|3-4;Low Back|")]
    public void A_form_written_with_Pidgins_combinators_ends_its_title_where_the_part_ends(string text, string read)
    {
        var builder = ImrParser.CreateBuilder();
        builder.CitationForms.Add(new CitationForm(
            "formulary",
            "Formulary Opioids, Page(s): 12",
            CitationParts.Phrase("Formulary").IgnoreResult(),
            parts => Parser.Map(
                (title, pages) => new CitationSyntax { Title = title, Pages = pages },
                CitationParts.Phrase("Formulary").Then(CitationParts.SpanOf(Parser<Token>.Any.AtLeastOnceUntil(Parser.Lookahead(parts.PartEnd)))),
                CitationParts.PagesOrNone)));
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        const string Lead = "Decision based on MTUS ";
        int at = letter.IndexOf(Lead, StringComparison.Ordinal);
        string source = letter.Insert(at, text + " ");

        var citations = Citations(builder.Build().Parse(source)).Where(citation => citation.Span.Start >= at && citation.Span.End <= at + text.Length).ToList();

        string.Join(";", citations.Select(citation => citation.Title?.Value + "|" + string.Join(",", citation.Pages.Select(page => page.Value))))
            .ShouldBe(read);
        citations[0].Title!.Span.Start.ShouldBe(source.IndexOf("Opioids", at, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.AllTextData), MemberType = typeof(Infrastructure.Corpus))]
    public void A_parser_with_an_added_form_reads_the_corpus_citations_as_the_default_parser(string name)
    {
        string text = Infrastructure.Corpus.Read(name);

        Describe(WithFormulary.Parse(text)).ShouldBe(Describe(ImrDocument.Parse(text)));
    }

    private static List<GuidelineCitation> Citations(ImrDocument document) =>
    [
        .. document.Items
            .SelectMany(item => new[] { item.ClaimsAdministratorGuideline, item.MaximusGuideline })
            .OfType<Guideline>()
            .SelectMany(guideline => guideline.Citations),
    ];

    // Every guideline's flags and citations, values and spans, and the parse's diagnostics.
    private static string Describe(ImrDocument document) => string.Join(
        "\n",
        document.Items
            .SelectMany(item => new[] { item.ClaimsAdministratorGuideline, item.MaximusGuideline })
            .OfType<Guideline>()
            .Select(guideline => $"{guideline.NoEvidenceCited} {guideline.OutsideMtus}: " + string.Join("; ", guideline.Citations.Select(Describe)))
            .Concat(document.Diagnostics.Select(diagnostic => diagnostic.ToString())));

    private static string Describe(GuidelineCitation c) => string.Join(
        " | ",
        c.Text.Value,
        c.Span,
        Describe(c.Title),
        c.Year is { } year ? $"{year.Value}@{year.Span}" : "-",
        c.Chapter is { } chapter ? $"{chapter.Value}@{chapter.Span}" : "-",
        string.Join(", ", c.Sections.Select(Describe)),
        string.Join(", ", c.Pages.Select(Describe)),
        c.EffectiveDate is { } date ? $"{date.Value:yyyy-MM-dd}@{date.Span}" : "-");

    private static string Describe(TextValue? value) => value is null ? "-" : $"{value.Value}@{value.Span}";
}
