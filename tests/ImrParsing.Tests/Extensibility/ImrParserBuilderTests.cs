using ImrParsing.Json;
using ImrParsing.Parsers;
using ImrParsing.Sections;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Extensibility;

/// <summary>The builder's lists: the default rules are registered through them, in order, by name.</summary>
public sealed class ImrParserBuilderTests
{
    [Fact]
    public void The_default_parser_holds_the_rules_the_builder_registers()
    {
        var builder = ImrParser.CreateBuilder();
        var parser = ImrParser.Default;

        parser.Sections.Select(section => section.Id).ShouldBe(builder.Sections.Names);
        parser.DecisionWords.Select(word => word.Word).ShouldBe(["Upheld", "Overturned"]);
        parser.Verdicts.Phrases.ShouldBe(VerdictGrammar.DefaultPhrases);
        parser.Citations.Forms.Select(form => form.Name).ShouldBe(["titleAndYear", "acoemChapter", "namedGuidelines"]);
        parser.Requests.ShouldBeSameAs(RequestReader.Default);
        parser.Requests.Services.ShouldBeSameAs(ServiceClassifier.Default);
        parser.HeaderTable.Labels.ShouldBe(HeaderGrammar.Labels);
        parser.Requests.Regions.ShouldBeSameAs(BodyRegionClassifier.Default);
    }

    [Fact]
    public void A_parser_of_other_service_rules_compiles_its_own_and_the_default_rules_are_compiled_once()
    {
        var builder = ImrParser.CreateBuilder();
        builder.ServiceRules.InsertBefore(builder.ServiceRules[0].Name, new ServiceRule("hand therapy", "hand therapy"));
        var parser = builder.Build();

        parser.Requests.ShouldNotBeSameAs(RequestReader.Default);
        parser.Requests.Services.ShouldNotBeSameAs(ServiceClassifier.Default);
        parser.Requests.Services.Rules.ShouldBe([builder.ServiceRules[0], .. ServiceClassifier.Default.Rules]);
        parser.Requests.Services.Classify("Hand therapy x 6")!.Value.Rule.Service.ShouldBe("hand therapy");
        ImrParser.CreateBuilder().Build().Requests.ShouldBeSameAs(RequestReader.Default);
    }

    [Fact]
    public void The_default_service_rules_shadow_none_of_their_own()
    {
        // The default parser skips the check of its own service rules; here they are checked as a
        // parser of other rules would check them (a copy of one rule makes them other rules).
        var builder = ImrParser.CreateBuilder();
        var first = builder.ServiceRules[0];
        builder.ServiceRules.Replace(first.Name, new ServiceRule(first.Service, [.. first.Phrases]) { Name = first.Name });

        var parser = builder.Build();

        parser.Requests.Services.ShouldNotBeSameAs(ServiceClassifier.Default);
        parser.Requests.Services.Rules.Select(rule => rule.Phrases).ShouldBe(ServiceClassifier.Default.Rules.Select(rule => rule.Phrases));
    }

    [Fact]
    public void Sections_are_named_by_layout_and_name_and_their_rules_are_inspectable()
    {
        var builder = ImrParser.CreateBuilder();

        builder.Sections.Names.ShouldContain("finalDeterminationWithDocuments.documentsReviewed");
        builder.Sections.Names.ShouldContain("medicalProfessionalReview.documentsReviewed");
        builder.Sections["finalDetermination.decisions"].BodyRules.Select(rule => rule.Name)
            .ShouldBe(["boilerplate.decisions", "label.claimsAdministratorGuideline", "label.maximusGuideline", "label.decisionRationale"]);

        // Headings first, in the order of the sections; then the sections' labels and boilerplate.
        var rules = ImrParser.Default.LineRules;
        rules[0].ShouldBe(LineRule.Heading("heading.determination", "HOW THE IMR FINAL DETERMINATION WAS MADE"));
        rules.TakeWhile(rule => rule.Kind == LineKind.Heading).Count().ShouldBe(ImrParser.Default.Sections.Sum(section => section.Headings.Length));
        rules.Select(rule => rule.Name).ShouldBeUnique();
    }

    [Fact]
    public void A_rule_is_found_moved_replaced_and_removed_by_its_name()
    {
        var words = new ImrParserBuilder().DecisionWords;
        words.Add(new DecisionWord("Upheld", Decision.Upheld)).Add(new DecisionWord("Overturned", Decision.Overturned));

        words.InsertBefore("Overturned", new DecisionWord("Affirmed", Decision.Upheld));
        words.InsertAfter("Overturned", new DecisionWord("Reversed", Decision.Overturned));
        words.Names.ShouldBe(["Upheld", "Affirmed", "Overturned", "Reversed"]);

        words.Replace("Affirmed", new DecisionWord("Sustained", Decision.Upheld));
        words.Remove("Upheld");
        words.Names.ShouldBe(["Sustained", "Overturned", "Reversed"]);
        words["Reversed"].Decision.ShouldBe(Decision.Overturned);
        words.IndexOf("Upheld").ShouldBe(-1);
    }

    [Fact]
    public void Names_are_unique_and_a_missing_name_lists_the_ones_there_are()
    {
        var builder = ImrParser.CreateBuilder();

        Should.Throw<ArgumentException>(() => builder.DecisionWords.Add(new DecisionWord("Upheld", Decision.Overturned)))
            .Message.ShouldContain("use Replace(\"Upheld\", ...)");
        Should.Throw<KeyNotFoundException>(() => builder.Sections.Remove("documentsReviewed"))
            .Message.ShouldContain("'finalDeterminationWithDocuments.documentsReviewed'");
        Should.Throw<ArgumentException>(() => builder.DecisionWords.Replace("Upheld", new DecisionWord("Overturned", Decision.Upheld)))
            .Message.ShouldContain("already in the list");
    }

    [Fact]
    public void A_parser_does_not_change_when_its_builder_does()
    {
        var builder = ImrParser.CreateBuilder();
        var before = builder.Build();

        builder.DecisionWords.Clear();
        builder.Sections.Clear();

        before.DecisionWords.Length.ShouldBe(2);
        before.Sections.Length.ShouldBe(ImrParser.Default.Sections.Length);
        ImrJson.Serialize(before.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037")))
            .ShouldBe(ImrJson.Serialize(ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"))));
    }

    [Fact]
    public void ToBuilder_gives_back_the_same_rules_and_options()
    {
        var parser = ImrParser.Default.WithOptions(new ImrParserOptions { MaxInputLength = 1000 });

        var again = parser.ToBuilder().Build();

        again.Options.MaxInputLength.ShouldBe(1000);
        again.LineRules.ShouldBe(parser.LineRules);
        again.Sections.ShouldBe(parser.Sections);
        again.Citations.Forms.ShouldBe(parser.Citations.Forms);
        again.Verdicts.Phrases.ShouldBe(parser.Verdicts.Phrases);
        again.HeaderTable.Labels.ShouldBe(parser.HeaderTable.Labels);
        again.Requests.Services.Rules.ShouldBe(parser.Requests.Services.Rules);
    }

    [Fact]
    public void An_empty_builder_makes_a_parser_that_reads_no_letter()
    {
        var parser = new ImrParserBuilder().Build();

        parser.TryParse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"), out _, out var error).ShouldBeFalse();
        error.Message.ShouldContain("not an IMR Final Determination letter");
    }

    [Fact]
    public void Without_a_section_its_text_goes_to_the_section_before()
    {
        // The case summary's heading is then plain text of the determination section.
        var builder = ImrParser.CreateBuilder();
        builder.Sections.Remove("finalDetermination.caseSummary");

        var document = ImrDocument.Parse(Infrastructure.Corpus.Read("dwc-2016/CM16-0213037"), builder.Build());

        document.CaseSummary.ShouldBeNull();
        document.Sections.Select(section => section.Name).ShouldBe(["header", "determination", "decisions"]);
        document.Items.Length.ShouldBe(2);
    }

    [Fact]
    public void Two_parsers_of_different_rules_read_side_by_side_on_many_threads()
    {
        string text = Infrastructure.Corpus.Read("dwc-2016/CM16-0230548").Replace(": Overturned", ": Reversed", StringComparison.Ordinal);
        var extended = Samples.SampleParser.Instance;

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (i % 2 == 0 ? ImrParser.Default : extended).Parse(text).Items[^1].Decision?.Value)
            .ToArray();

        for (int i = 0; i < results.Length; i++)
        {
            results[i].ShouldBe(i % 2 == 0 ? null : Decision.Overturned);
        }
    }

    [Fact]
    public void Extension_authors_get_no_internals()
    {
        // The samples compile against the public API alone: the library opens its internals to its
        // own tests and benchmarks, never to them.
        var friends = typeof(ImrParser).Assembly.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(attribute => attribute.AssemblyName);

        friends.ShouldNotContain(typeof(Samples.SampleParser).Assembly.GetName().Name);
    }
}
