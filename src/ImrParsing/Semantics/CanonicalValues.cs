using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>Builds values from ranges of a <see cref="CanonicalText"/>, with spans into the letter.</summary>
internal readonly struct CanonicalValues(IReaderContext context, CanonicalText canonical)
{
    public IReaderContext Context => context;

    public CanonicalText Canonical => canonical;

    public TextValue? Value(OffsetRange range) => Value(range.Start, range.End);

    public TextValue? Value(int start, int end)
    {
        var source = canonical.SourceRange(new OffsetRange(start, end));
        return context.Value(source.Start, source.End);
    }

    public Spanned<T>? Spanned<T>(T value, OffsetRange range) => Spanned(value, range.Start, range.End);

    public Spanned<T>? Spanned<T>(T value, int start, int end)
    {
        var source = canonical.SourceRange(new OffsetRange(start, end));
        return source.IsEmpty ? null : context.Spanned(value, source.Start, source.End);
    }

    public TextSpan Span(OffsetRange range) => Span(range.Start, range.End);

    public TextSpan Span(int start, int end)
    {
        var source = canonical.SourceRange(new OffsetRange(start, end));
        return context.Span(source.Start, source.End);
    }

    public string Excerpt(OffsetRange range) => Excerpt(range.Start, range.End);

    public string Excerpt(int start, int end) => Text.Excerpt.Of(canonical.Span[start..end]);

    /// <summary>
    /// The year of an effective date from <paramref name="start"/> to <paramref name="end"/>:
    /// "(Effective July 18, 2009)" dates the 2009 edition, its year the date's last four digits.
    /// </summary>
    public Spanned<int>? YearOf(DateOnly date, int start, int end)
    {
        if (end - start < 4)
        {
            return null;
        }

        string digits = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return canonical.Span[(end - 4)..end].SequenceEqual(digits) ? Spanned(date.Year, end - 4, end) : null;
    }
}
