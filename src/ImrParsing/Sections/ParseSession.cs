using System.Collections.Immutable;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>What one parse accumulates: the tokens, the diagnostics, the unrecognized text.</summary>
internal sealed class ParseSession(SectionRules rules, string text, LineTokens tokens, List<Diagnostic> diagnostics, List<UnrecognizedText> unrecognized, List<ExtensionValue> extensions)
{
    public SectionRules SectionRules { get; } = rules;

    public string Text { get; } = text;

    public LineTokens Tokens { get; } = tokens;

    public ImmutableArray<LineRule> Rules { get; } = rules.Classifier.Rules;

    public ImmutableArray<DecisionWord> DecisionWords { get; } = rules.Classifier.DecisionWords;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    public List<UnrecognizedText> Unrecognized { get; } = unrecognized;

    public List<ExtensionValue> Extensions { get; } = extensions;
}
