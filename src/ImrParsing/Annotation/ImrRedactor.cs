using System.Collections.Immutable;
using System.Text;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Annotation;

/// <summary>
/// Writes a letter back with chosen kinds of values replaced by placeholders ("[DATE]", "[AGE]",
/// "[CASE NUMBER]", "[TEXT]"), for sharing letters without their details. Beyond the spans of the
/// model's values, it replaces every other place a redacted value's words appear and, for dates,
/// every date the letter writes (see <see cref="RedactionOptions"/>).
/// </summary>
public static class ImrRedactor
{
    /// <summary>The placeholder of a kind of value: "[DATE]", "[CASE NUMBER]", "[TEXT]" for free text.</summary>
    public static string Placeholder(FieldKind kind) => kind switch
    {
        FieldKind.FreeText => "[TEXT]",
        FieldKind.CaseNumber => "[CASE NUMBER]",
        FieldKind.PatientTerm => "[PATIENT TERM]",
        FieldKind.RequestDetail => "[DETAIL]",
        _ => "[" + kind.ToString().ToUpperInvariant() + "]",
    };

    /// <summary>The letter <paramref name="document"/> was parsed from, with the values of the chosen kinds replaced.</summary>
    /// <exception cref="ArgumentException">The document has no <see cref="ImrDocument.Source"/> (it was read from JSON).</exception>
    public static RedactedText Redact(ImrDocument document, RedactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Source?.Text ?? throw new ArgumentException("The document has no source text (a document read from JSON): parse the letter to redact it.", nameof(document));
        options ??= RedactionOptions.Default;

        var fields = DocumentFields.Of(document).Where(field => options.Kinds.Contains(field.Kind)).ToList();
        var ranges = fields.Select(field => (field.Span.Start, field.Span.End, field.Kind)).ToList();
        if (options.EveryDate && options.Kinds.Contains(FieldKind.Date))
        {
            ranges.AddRange(NarrativeDates.Find(text).Select(date => (date.Start, date.End, FieldKind.Date)));
        }

        if (options.EveryOccurrence)
        {
            foreach (var group in fields.GroupBy(field => Words(text.AsSpan(field.Span.Start, field.Span.Length)), StringComparer.OrdinalIgnoreCase))
            {
                if (group.Key.Length is > 0 and <= RedactionOptions.MaxRepeatedLength)
                {
                    ranges.AddRange(Occurrences(text, group.Key).Select(range => (range.Start, range.End, group.First().Kind)));
                }
            }
        }

        return Write(text, document.Source, Merge(ranges), options.Style);
    }

    // The value's words with single spaces, as Phrase matches them (any white space where one is).
    private static string Words(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var range in value.SplitAny(CharSets.AnySpace))
        {
            if (range.End.Value > range.Start.Value)
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(value[range]);
            }
        }

        return builder.ToString();
    }

    // Every place the words occur as whole words: "48" is not redacted inside "148".
    private static IEnumerable<(int Start, int End)> Occurrences(string text, string words)
    {
        for (int at = WholeWords.IndexOf(text, 0, words, out int length); at >= 0; at = WholeWords.IndexOf(text, at + 1, words, out length))
        {
            yield return (at, at + length);
        }
    }

    // Overlapping stretches become one, of the kind of the outermost (the first and longest).
    private static List<(int Start, int End, FieldKind Kind)> Merge(List<(int Start, int End, FieldKind Kind)> ranges)
    {
        var merged = new List<(int Start, int End, FieldKind Kind)>();
        foreach (var range in ranges.Where(range => range.End > range.Start).OrderBy(range => range.Start).ThenByDescending(range => range.End))
        {
            if (merged.Count > 0 && range.Start < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End), merged[^1].Kind);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static RedactedText Write(string text, SourceText source, List<(int Start, int End, FieldKind Kind)> ranges, RedactionStyle style)
    {
        var output = new StringBuilder(text.Length);
        var redactions = ImmutableArray.CreateBuilder<Redaction>(ranges.Count);
        int at = 0;
        foreach (var (start, end, kind) in ranges)
        {
            output.Append(text, at, start - at);
            int outputStart = output.Length;
            if (style == RedactionStyle.SameLength)
            {
                foreach (char c in text.AsSpan(start, end - start))
                {
                    output.Append(CharSets.IsSpace(c) ? c : 'X');
                }
            }
            else
            {
                output.Append(Placeholder(kind));
            }

            redactions.Add(new Redaction(kind, source.GetSpanFromBounds(start, end), outputStart, output.Length - outputStart));
            at = end;
        }

        output.Append(text, at, text.Length - at);
        return new RedactedText(output.ToString(), redactions.ToImmutable());
    }
}
