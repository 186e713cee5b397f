using ImrParsing.Diagnostics;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A reader's view of a whole text, for running a reader outside a parse: spans by offset (line and
/// column left 0), values trimmed as a section's are, the default citation rules unless others are
/// given; diagnostics counted.
/// </summary>
internal sealed class SourceReaderContext(string text, CitationRules? citations = null) : IReaderContext
{
    public string Text => text;

    public CitationRules Citations => citations ?? CitationRules.Default;

    public int Reports { get; private set; }

    public TextSpan Span(int start, int end) => new(start, end - start, 0, 0);

    public TextValue? Value(int start, int end)
    {
        var trimmed = new OffsetRange(start, end).Trim(text);
        return trimmed.IsEmpty ? null : TextValue.FromSource(text, Span(trimmed.Start, trimmed.End));
    }

    public Spanned<T> Spanned<T>(T value, int start, int end) => Syntax.Spanned<T>.FromSource(value, text, Span(start, end));

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) => Reports++;
}
