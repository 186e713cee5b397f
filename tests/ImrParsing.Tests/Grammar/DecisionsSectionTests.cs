using ImrParsing.Syntax;

namespace ImrParsing.Tests.Grammar;

/// <summary>The decisions section, end to end: item heads, decisions, partial authorizations, parts.</summary>
public sealed class DecisionsSectionTests
{
    private const string Heading = "IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n";

    private const string Parts = "Claims Administrator guideline: The Claims Administrator did not cite any medical evidence\nfor its decision.\nMAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s):\nSpecial Studies.\nDecision rationale: The request is not medically necessary.\n";

    private static ImrDocument Parse(string items) => ImrDocument.Parse(Heading + items);

    [Fact]
    public void An_item_has_its_request_decision_guidelines_and_rationale()
    {
        var item = Parse("MRI of the right shoulder without contrast: Upheld\n" + Parts).Items.ShouldHaveSingleItem();

        item.Number.ShouldBe(1);
        item.Request!.Value.ShouldBe("MRI of the right shoulder without contrast");
        item.Decision!.Value.Value.ShouldBe(Decision.Upheld);
        item.Decision!.Value.Text.ShouldBe("Upheld");
        item.ClaimsAdministratorGuideline!.Text!.Value.ShouldBe("The Claims Administrator did not cite any medical evidence for its decision.");
        item.MaximusGuideline!.Text!.Value.ShouldBe("Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies.");
        item.Rationale!.Text!.Value.ShouldBe("The request is not medically necessary.");
        item.OriginalRequest.ShouldBeNull();
        item.Authorized.ShouldBeNull();
    }

    [Fact]
    public void A_request_that_wraps_starts_after_the_previous_rationale_ends()
    {
        var items = Parse(
            "Physical therapy: Upheld\n" + Parts
            + "EMG (electromyography)/NCV (nerve conduction velocity) of the bilateral upper\nextremities: Overturned\n" + Parts).Items;

        items.Select(item => item.Request!.Value).ShouldBe([
            "Physical therapy",
            "EMG (electromyography)/NCV (nerve conduction velocity) of the bilateral upper extremities",
        ]);
        items[1].Decision!.Value.Value.ShouldBe(Decision.Overturned);
    }

    [Fact]
    public void The_decision_word_may_stand_alone_on_the_next_line()
    {
        var item = Parse("Additional physical therapy two times four visits (8) for the lumbar and bilateral knees:\n\nUpheld\n" + Parts).Items.ShouldHaveSingleItem();

        item.Request!.Value.ShouldBe("Additional physical therapy two times four visits (8) for the lumbar and bilateral knees");
        item.Decision!.Value.Span.Column.ShouldBe(1);
    }

    [Fact]
    public void Colons_inside_a_request_are_kept()
    {
        var items = Parse(
            "Labs to include: EKG: Upheld\n" + Parts
            + "Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS:\n11/11/2016: Upheld\n" + Parts).Items;

        items.Select(item => item.Request!.Value).ShouldBe([
            "Labs to include: EKG",
            "Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS: 11/11/2016",
        ]);
    }

    [Fact]
    public void A_partial_authorization_keeps_the_original_and_the_authorized_part()
    {
        var items = Parse(
            "Physical therapy: Upheld\n" + Parts
            + "Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the\nClaims Administrator. The remaining IMR eligible portion of the original request,\nBaclofen 100mg #3: Upheld\n" + Parts).Items;

        var item = items[1];
        item.Request!.Value.ShouldBe("Baclofen 100mg #3");
        item.OriginalRequest!.Value.ShouldBe("Baclofen 100mg #30");
        item.Authorized!.Value.ShouldBe("Baclofen 100mg #27");
        items[0].Rationale!.Text!.Value.ShouldBe("The request is not medically necessary.");
    }

    [Fact]
    public void The_word_is_before_the_colon_is_not_part_of_the_request()
    {
        var item = Parse(
            "Acupuncture 18 sessions was the original request. Acupuncture 6 sessions was authorized\nby the Claims Administrator. The remaining IMR eligible portion of the original request,\nAcupuncture 12 sessions is: Upheld\n" + Parts).Items.ShouldHaveSingleItem();

        item.Request!.Value.ShouldBe("Acupuncture 12 sessions");
    }

    [Fact]
    public void A_page_break_inside_an_item_is_trivia()
    {
        var item = Parse("MRI of the right shoulder: Upheld\nClaims Administrator guideline: None.\n\n\fMAXIMUS guideline: None.\nDecision rationale: The request is not\n\n\fmedically necessary.\n").Items.ShouldHaveSingleItem();

        item.Rationale!.Text!.Value.ShouldBe("The request is not medically necessary.");
    }
}
