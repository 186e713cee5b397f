using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>The values <see cref="CanonicalMtusStatementReader"/> makes from offsets of the canonical text.</summary>
internal static class CanonicalValuesByOffsets
{
    public static TextValue? Value(this CanonicalValues values, int start, int end) => values.Value(new OffsetRange(start, end));

    public static Spanned<T>? Spanned<T>(this CanonicalValues values, T value, int start, int end) => values.Spanned(value, new OffsetRange(start, end));

    public static TextSpan Span(this CanonicalValues values, int start, int end) => values.Span(new OffsetRange(start, end));

    public static string Excerpt(this CanonicalValues values, int start, int end) => values.Excerpt(new OffsetRange(start, end));
}
