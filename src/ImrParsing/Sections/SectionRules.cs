using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Semantics;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// The compiled rules a parser's sections read with: what a <see cref="SectionContext"/> hands its
/// section, so that sections depend on the rules and not on the parser that holds them.
/// </summary>
internal sealed class SectionRules(LineClassifier classifier, VerdictGrammar verdicts, CitationRules citations, HeaderTableGrammar headerTable, RequestReader requests)
{
    /// <summary>The line rules and decision words, as the tokenizer uses them.</summary>
    public LineClassifier Classifier { get; } = classifier;

    /// <summary>The words that end a decision line ("...: Upheld"), in order.</summary>
    public ImmutableArray<DecisionWord> DecisionWords => Classifier.DecisionWords;

    /// <summary>How the older layouts' decision sentences state their verdict ("is not medically necessary").</summary>
    public VerdictGrammar Verdicts { get; } = verdicts;

    /// <summary>The forms of MTUS guideline citations and the guideline grammar made of them.</summary>
    public CitationRules Citations { get; } = citations;

    /// <summary>The header table's labels and the grammar made of them.</summary>
    public HeaderTableGrammar HeaderTable { get; } = headerTable;

    /// <summary>Reads a disputed item's request into its details: the service rules and body regions.</summary>
    public RequestReader Requests { get; } = requests;

    /// <summary>
    /// The place of a line rule (by index) among <see cref="DecisionsSectionParser.ItemParts"/>, -1 for
    /// any other rule: one delegate for the parser's rules, not a closure over each section's context.
    /// </summary>
    public Func<int, int> ItemPartOrder { get; } = rule => DecisionsSectionParser.ItemParts.IndexOf(classifier.Rules[rule]);
}
