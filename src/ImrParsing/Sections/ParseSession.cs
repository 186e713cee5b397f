using System.Collections.Immutable;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>What one call to <see cref="ImrParser.Parse"/> accumulates: the tokens, the diagnostics, the unrecognized text.</summary>
internal sealed class ParseSession(ImrParser parser, string text, LineTokens tokens)
{
    public ImrParser Parser { get; } = parser;

    public string Text { get; } = text;

    public LineTokens Tokens { get; } = tokens;

    public ImmutableArray<LineRule> Rules { get; } = parser.Classifier.Rules;

    public ImmutableArray<DecisionWord> DecisionWords { get; } = parser.Classifier.DecisionWords;

    public List<Diagnostic> Diagnostics { get; } = [];

    public List<UnrecognizedText> Unrecognized { get; } = [];

    public List<ExtensionValue> Extensions { get; } = [];
}
