using System.Collections.Immutable;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>What one parse accumulates: the tokens, the diagnostics, the unrecognized text.</summary>
internal sealed class ParseSession(SectionRules rules, string source, LineTokens tokens, List<Diagnostic> diagnostics, List<UnrecognizedText> unrecognized, List<ExtensionValue> extensions)
{
    public SectionRules SectionRules { get; } = rules;

    /// <summary>The input as given: what values and excerpts are taken from.</summary>
    public string Source { get; } = source;

    /// <summary>The text the rules read (<see cref="Text.ReadableText"/>): the same offsets as <see cref="Source"/>, but inside a word whose kerning space moved (<see cref="Text.MovedSpaces"/>).</summary>
    public string Text { get; } = tokens.Text;

    public LineTokens Tokens { get; } = tokens;

    /// <summary><see cref="Source"/> with <see cref="Text"/>, which values make their canonical text from; null when the two are one.</summary>
    public InputAsRead? AsRead { get; } = InputAsRead.Of(source, tokens.Text, tokens.Moved);

    public ImmutableArray<LineRule> Rules { get; } = rules.Classifier.Rules;

    public ImmutableArray<DecisionWord> DecisionWords { get; } = rules.Classifier.DecisionWords;

    public List<Diagnostic> Diagnostics { get; } = diagnostics;

    public List<UnrecognizedText> Unrecognized { get; } = unrecognized;

    public List<ExtensionValue> Extensions { get; } = extensions;
}
