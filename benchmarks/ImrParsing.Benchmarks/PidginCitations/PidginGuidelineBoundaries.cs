using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// Where the statements of a guideline part begin and end. A guideline's text is a few sentences
/// ("Decision based on MTUS ...", "Decision based on Non-MTUS Citation ...", "The Claims
/// Administrator did not cite any medical evidence for its decision."), but a citation may hold
/// full stops of its own ("3. Opioids for Chronic Pain", "3rd ed., Low Back Disorders, pg. 5"),
/// so a full stop ends a statement only where the text ends or the next statement begins.
/// </summary>
internal static class PidginGuidelineBoundaries
{
    /// <summary>"Decision based on", which leads every citation statement.</summary>
    public static Parser<char, Unit> DecisionBasedOn { get; } = TextParsers.Phrase("Decision based on");

    /// <summary>The rule of <see cref="GuidelineBoundaries.NoEvidence"/>.</summary>
    public static Parser<char, Unit> NoEvidencePhrase { get; } = TextParsers.Phrase(GuidelineBoundaries.NoEvidence);

    /// <summary>The rule of <see cref="GuidelineBoundaries.OutsideMtus"/>.</summary>
    public static Parser<char, Unit> OutsideMtusPhrase { get; } = TextParsers.Phrase(GuidelineBoundaries.OutsideMtus);

    /// <summary>Where a statement begins: "Decision based on", or a sentence that holds one of the two fixed phrases.</summary>
    public static Parser<char, Unit> StatementStart { get; } = TextParsers.FirstMatch(
    [
        DecisionBasedOn,
        PidginTextParsers.At(PidginTextParsers.UpTo(OneOf(NoEvidencePhrase, OutsideMtusPhrase), ".")),
    ]);

    /// <summary>A full stop that ends a statement: the end of the text or the next statement follows it.</summary>
    public static Parser<char, Unit> StatementEnd { get; } =
        PidginTextParsers.StartingWith(".", Char('.').Then(TextParsers.Space).Then(OneOf(Parser<char>.End, StatementStart)));
}
