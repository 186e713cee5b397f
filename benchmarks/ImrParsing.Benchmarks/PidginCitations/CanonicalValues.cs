using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// Builds values from ranges of a <see cref="CanonicalText"/>, with spans into the letter: the
/// ranges a parser's own citation forms (<see cref="PidginCitationSyntax"/>) give, which are the
/// canonical text's because their rules read characters.
/// </summary>
internal readonly struct CanonicalValues(IReaderContext context, CanonicalText canonical)
{
    public IReaderContext Context => context;

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

    public string Excerpt(OffsetRange range) => Text.Excerpt.Of(canonical.Span[range.Start..range.End]);

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
        return canonical.Span[(end - 4)..end].SequenceEqual(digits) ? Spanned(date.Year, new OffsetRange(end - 4, end)) : null;
    }
}
