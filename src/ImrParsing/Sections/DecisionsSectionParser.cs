using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// "IMR ISSUES, DECISIONS AND RATIONALES": a sentence of the form, then the disputed items, each a
/// request ending with its decision, the two guideline parts and the rationale.
/// </summary>
internal sealed class DecisionsSectionParser : SectionParser
{
    /// <summary>"The Final Determination was based on decisions for the disputed items/services set forth below:".</summary>
    public static LineRule Introduction { get; } =
        LineRule.Boilerplate("boilerplate.decisions", "The Final Determination was based on decisions for the disputed items");

    /// <summary>"Claims Administrator guideline:".</summary>
    public static LineRule ClaimsAdministratorGuideline { get; } =
        LineRule.Label("label.claimsAdministratorGuideline", "Claims Administrator guideline:");

    /// <summary>"MAXIMUS guideline:".</summary>
    public static LineRule MaximusGuideline { get; } = LineRule.Label("label.maximusGuideline", "MAXIMUS guideline:");

    /// <summary>"Decision rationale:".</summary>
    public static LineRule DecisionRationale { get; } = LineRule.Label("label.decisionRationale", "Decision rationale:");

    /// <summary>Makes the parser.</summary>
    public DecisionsSectionParser()
        : base("decisions", LetterLayout.FinalDetermination, "IMR ISSUES, DECISIONS AND RATIONALES")
    {
    }

    /// <inheritdoc />
    public override IEnumerable<LineRule> BodyRules => [Introduction, ClaimsAdministratorGuideline, MaximusGuideline, DecisionRationale];

    /// <inheritdoc />
    public override bool Repeats => true;

    /// <summary>The parts of an item, in the order they come.</summary>
    public static ImmutableArray<LineRule> ItemParts { get; } = [ClaimsAdministratorGuideline, MaximusGuideline, DecisionRationale];

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ItemHeads.Mark(context.Text, context.MutableLines, context.Parser.ItemPartOrder);
        if (ItemGrammar.Read(context.Lines) is not { } syntax)
        {
            // The grammar accepts every line kind; should a new kind slip through, keep the text.
            context.Unrecognized(new LineRange(0, context.Lines.Length));
            return ImmutableArray<DisputedItem>.Empty;
        }

        foreach (var range in syntax.Unrecognized)
        {
            context.Unrecognized(range);
        }

        return ItemBuilder.BuildAll(context, syntax.Items, readHead: null);
    }
}
