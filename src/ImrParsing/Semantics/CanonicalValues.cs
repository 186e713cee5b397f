using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>Builds values from ranges of a <see cref="CanonicalText"/>, with spans into the letter.</summary>
internal readonly struct CanonicalValues(IReaderContext context, CanonicalText canonical)
{
    public CanonicalText Canonical => canonical;

    public TextValue? Value(OffsetRange range)
    {
        var source = canonical.SourceRange(range);
        return context.Value(source.Start, source.End);
    }

    public Spanned<T>? Spanned<T>(T value, OffsetRange range)
    {
        var source = canonical.SourceRange(range);
        return source.IsEmpty ? null : context.Spanned(value, source.Start, source.End);
    }

    public TextSpan Span(OffsetRange range)
    {
        var source = canonical.SourceRange(range);
        return context.Span(source.Start, source.End);
    }

    public string Excerpt(OffsetRange range) => Text.Excerpt.Of(canonical.Span.Slice(range.Start, range.Length));
}
