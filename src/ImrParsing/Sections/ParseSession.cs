using System.Collections.Immutable;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>What one call to <see cref="ImrParser.Parse"/> accumulates: the tokens, the diagnostics, the unrecognized text.</summary>
internal sealed class ParseSession(string text, LineTokens tokens, LineClassifier classifier)
{
    public string Text { get; } = text;

    public LineTokens Tokens { get; } = tokens;

    public ImmutableArray<LineRule> Rules { get; } = classifier.Rules;

    public ImmutableArray<DecisionWord> DecisionWords { get; } = classifier.DecisionWords;

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<UnrecognizedText> Unrecognized { get; } = [];
}
