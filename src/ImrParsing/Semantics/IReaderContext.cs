using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// What a reader sees of the section it reads: the input, spans and values made from offsets into
/// it, a place for diagnostics and the parser's citation rules. A section's context gives it, so that
/// readers stay below the sections that call them.
/// </summary>
internal interface IReaderContext
{
    /// <summary>The whole input as the rules read it (<see cref="ReadableText"/>: the input's offsets, but inside a word whose kerning space moved; make spans with <see cref="Span"/>).</summary>
    string Text { get; }

    /// <summary>
    /// The input as given with the text the rules read from it (values take their text from the one,
    /// their canonical text from the other); null when the rules read the input itself.
    /// </summary>
    InputAsRead? AsRead => null;

    /// <summary>The parser's citation forms and the guideline grammar made of them.</summary>
    CitationRules Citations { get; }

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    TextSpan Span(int start, int end);

    /// <summary><see cref="Span(int, int)"/> as a delegate, for readers that hand it on; a context that
    /// serves many requests makes it once.</summary>
    Func<int, int, TextSpan> SpanMaker => Span;

    /// <summary>The trimmed text from <paramref name="start"/> to <paramref name="end"/> with its span; null when blank.</summary>
    TextValue? Value(int start, int end);

    /// <summary>A typed value read from the text from <paramref name="start"/> to <paramref name="end"/>.</summary>
    Spanned<T> Spanned<T>(T value, int start, int end);

    /// <summary>Reports a diagnostic.</summary>
    void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments);
}
