using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Sections;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Extensibility;

/// <summary>Build refuses a rule that can never apply, naming what shadows it and how to reorder.</summary>
public sealed class RuleConflictTests
{
    [Fact]
    public void The_default_rules_shadow_nothing() => Should.NotThrow(() => ImrParser.CreateBuilder().Build());

    [Fact]
    public void A_line_rule_whose_phrase_starts_with_an_earlier_ones()
    {
        var builder = ImrParser.CreateBuilder();
        builder.LineRules.Add(LineRule.Label("label.note", "Reviewer note"));
        builder.LineRules.Add(LineRule.Label("label.noteAddendum", "Reviewer note addendum:"));

        var conflict = Should.Throw<RuleConflictException>(builder.Build).Conflicts.ShouldHaveSingleItem();

        conflict.ShouldBe(conflict with { List = "LineRules", Rule = "label.noteAddendum", ShadowedBy = "label.note" });
        conflict.Message.ShouldBe("Line rule 'label.noteAddendum' (\"Reviewer note addendum:\") can never match: the earlier rule " +
            "'label.note' (\"Reviewer note\") matches every line it would, and the first rule that matches wins. " +
            "Put it first: builder.LineRules.InsertBefore(\"label.note\", ...).");
    }

    [Fact]
    public void A_section_label_shadowed_by_a_broader_line_rule_of_the_builder()
    {
        var builder = ImrParser.CreateBuilder();
        builder.LineRules.Add(LineRule.Boilerplate("boilerplate.maximus", "MAXIMUS guideline"));

        var conflict = Should.Throw<RuleConflictException>(builder.Build).Conflicts.ShouldHaveSingleItem();

        conflict.Rule.ShouldBe("label.maximusGuideline");
        conflict.List.ShouldBe("Sections");
        conflict.Message.ShouldEndWith("Narrow or remove 'boilerplate.maximus' (builder.LineRules are tried before the sections' labels and boilerplate).");
    }

    [Fact]
    public void A_prefix_is_no_conflict_inside_a_word()
    {
        // "Application" does not match "Applications:", as the classifier matches whole words.
        var builder = ImrParser.CreateBuilder();
        builder.LineRules.Add(LineRule.Label("label.application", "Application"));
        builder.LineRules.Add(LineRule.Label("label.applications", "Applications:"));

        Should.NotThrow(builder.Build);
    }

    [Fact]
    public void Two_sections_with_one_heading()
    {
        var builder = ImrParser.CreateBuilder();
        builder.Sections.Add(new PlainSection("summary", "CLINICAL CASE SUMMARY"));

        var conflict = Should.Throw<RuleConflictException>(builder.Build).Conflicts.ShouldHaveSingleItem();

        conflict.ShadowedBy.ShouldBe("heading.caseSummary");
        conflict.Message.ShouldEndWith("Two sections have the same heading: remove one of them, or give one another heading.");
    }

    [Fact]
    public void A_decision_word_listed_twice_whatever_its_case()
    {
        var builder = ImrParser.CreateBuilder();
        builder.DecisionWords.Add(new DecisionWord("UPHELD", Decision.Overturned));

        Should.Throw<RuleConflictException>(builder.Build).Message
            .ShouldBe("A rule can never apply: Decision word 'UPHELD' can never match: the earlier word 'Upheld' is the same word (case is ignored). Remove one: builder.DecisionWords.Remove(\"UPHELD\").");
    }

    [Fact]
    public void A_verdict_phrase_after_a_shorter_one_it_starts_with()
    {
        var builder = ImrParser.CreateBuilder();
        builder.VerdictPhrases.Add(new VerdictPhrase("medically necessary and appropriate", Decision.Overturned));

        var conflict = Should.Throw<RuleConflictException>(builder.Build).Conflicts.ShouldHaveSingleItem();

        conflict.ShadowedBy.ShouldBe("medically necessary");
        conflict.Message.ShouldContain("builder.VerdictPhrases.InsertBefore(\"medically necessary\", ...)");
    }

    [Fact]
    public void A_header_label_after_a_shorter_one_it_starts_with()
    {
        var builder = ImrParser.CreateBuilder();
        builder.HeaderLabels.Add(new HeaderLabel("applicationReceivedBy", "Application Received By:", HeaderValueKind.Word));

        // "Application" (the split label's first line) comes earlier and matches its beginning.
        var conflict = Should.Throw<RuleConflictException>(builder.Build).Conflicts.ShouldHaveSingleItem();

        conflict.ShadowedBy.ShouldBe("Application");
        conflict.List.ShouldBe("HeaderLabels");
    }

    [Fact]
    public void A_service_rule_each_of_whose_phrases_holds_an_earlier_rules()
    {
        var builder = ImrParser.CreateBuilder();
        builder.ServiceRules.Add(new ServiceRule("telemedicine", "telehealth consultation", "video consultation"));

        var conflict = Should.Throw<RuleConflictException>(builder.Build).Conflicts.ShouldHaveSingleItem();

        conflict.Message.ShouldBe("Service rule 'telemedicine' can never apply: each of its phrases holds a phrase of an earlier rule " +
            "(\"telehealth consultation\" holds \"consultation\" of 'consultation'), and the earliest rule that matches a request wins. " +
            "Put it first: builder.ServiceRules.InsertBefore(\"consultation\", ...).");
    }

    [Fact]
    public void A_service_rule_with_one_phrase_of_its_own_is_no_conflict()
    {
        var builder = ImrParser.CreateBuilder();
        builder.ServiceRules.Add(new ServiceRule("telemedicine", "telehealth consultation", "telehealth"));

        Should.NotThrow(builder.Build);
    }

    [Fact]
    public void A_citation_form_whose_example_an_earlier_form_reads()
    {
        var builder = ImrParser.CreateBuilder();
        var form = new CitationForm(
            "formulary2018",
            "Drug Formulary 2018",
            CitationParts.Phrase("Drug Formulary").IgnoreResult(),
            parts => MtusCitationForms.All[0].RuleFor(parts));
        builder.CitationForms.Add(form);

        var conflict = Should.Throw<RuleConflictException>(builder.Build).Conflicts.ShouldHaveSingleItem();

        conflict.ShadowedBy.ShouldBe("titleAndYear");
        conflict.Message.ShouldContain("builder.CitationForms.InsertBefore(\"titleAndYear\", ...)");
    }

    [Fact]
    public void Every_conflict_is_listed_at_once()
    {
        var builder = ImrParser.CreateBuilder();
        builder.DecisionWords.Add(new DecisionWord("upheld", Decision.Upheld));
        builder.VerdictPhrases.Add(new VerdictPhrase("medically necessary and appropriate", Decision.Overturned));

        var exception = Should.Throw<RuleConflictException>(builder.Build);

        exception.Conflicts.Select(conflict => conflict.List).ShouldBe(["DecisionWords", "VerdictPhrases"]);
        exception.Message.ShouldStartWith("2 rules can never apply:");
    }

    // A section of the finalDetermination layout that keeps its text, for the tests.
    private sealed class PlainSection(string name, string heading) : SectionParser(name, LetterLayout.FinalDetermination, heading)
    {
        public override object? Parse(SectionContext context) => null;
    }
}
