using System.Globalization;
using System.Net;
using System.Text;
using ImrParsing.Syntax;

namespace ImrParsing.Annotation;

/// <summary>
/// Writes a letter back as a standalone HTML page with the values the parser read highlighted at
/// their spans, a colour per <see cref="FieldKind"/>, a legend with counts, and each value's place
/// in the model and reading on hover: for people who want to see what was extracted where.
/// </summary>
public static class ImrAnnotator
{
    private static readonly Dictionary<FieldKind, (string Label, string Style)> Kinds = new()
    {
        [FieldKind.Heading] = ("Section heading", "font-weight:700;color:#1e3a8a"),
        [FieldKind.CaseNumber] = ("Case number", "background:#fca5a5"),
        [FieldKind.Date] = ("Date", "background:#fde68a"),
        [FieldKind.Age] = ("Age", "background:#f9a8d4"),
        [FieldKind.Sex] = ("Sex", "background:#f5d0fe"),
        [FieldKind.PatientTerm] = ("Patient term", "background:#e9d5ff"),
        [FieldKind.Diagnosis] = ("Diagnosis", "background:#fdba74"),
        [FieldKind.Reviewer] = ("Reviewer credentials", "background:#a5f3fc"),
        [FieldKind.Request] = ("Request", "background:#bfdbfe"),
        [FieldKind.Decision] = ("Decision", "background:#4ade80;font-weight:700"),
        [FieldKind.RequestDetail] = ("Request detail", "background:#c4b5fd"),
        [FieldKind.Citation] = ("Guideline citation", "background:#bbf7d0"),
        [FieldKind.Conclusion] = ("Rationale conclusion", "background:#5eead4"),
        [FieldKind.Guideline] = ("Guideline text", "text-decoration:underline solid #16a34a;text-underline-offset:3px"),
        [FieldKind.FreeText] = ("Free text", "text-decoration:underline dotted #64748b;text-underline-offset:3px"),
        [FieldKind.Extension] = ("Extension", "outline:2px dashed #7c3aed;outline-offset:1px"),
        [FieldKind.Unrecognized] = ("Unrecognized", "background:#e5e7eb;text-decoration:underline wavy #dc2626"),
        [FieldKind.Other] = ("Other", "background:#e2e8f0"),
    };

    /// <summary>The page for <paramref name="document"/>, as a string.</summary>
    /// <exception cref="ArgumentException">The document has no <see cref="ImrDocument.Source"/> (it was read from JSON).</exception>
    public static string ToHtml(ImrDocument document, AnnotationOptions? options = null)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteHtml(writer, document, options);
        return writer.ToString();
    }

    /// <summary>Writes the page for <paramref name="document"/> to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentException">The document has no <see cref="ImrDocument.Source"/> (it was read from JSON).</exception>
    public static void WriteHtml(TextWriter writer, ImrDocument document, AnnotationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Source?.Text ?? throw new ArgumentException("The document has no source text (a document read from JSON): parse the letter to annotate it.", nameof(document));
        options ??= AnnotationOptions.Default;

        // One element per place and kind: the case summary's date of injury is also one of its dates.
        var fields = DocumentFields.Of(document).Where(field => options.Kinds.Contains(field.Kind)).ToList();
        var marks = fields
            .GroupBy(field => (field.Span.Start, field.Span.Length, field.Kind))
            .Select(group => new FieldMarkup.Mark(
                group.First().Span,
                $"<mark class=\"{ClassOf(group.Key.Kind)}\" title=\"{Encode(string.Join("\n", group.Select(Describe)))}\">",
                "</mark>"))
            .ToList();

        string title = options.Title ?? document.Header?.CaseNumber?.Value ?? "IMR letter";
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write($"<title>{Encode(title)}: annotated IMR letter</title>\n");
        writer.Write("<style>\n");
        writer.Write("body{font-family:system-ui,sans-serif;margin:0;color:#0f172a;background:#f8fafc}\n");
        writer.Write("header{padding:16px 24px;background:#fff;border-bottom:1px solid #cbd5e1;position:sticky;top:0}\n");
        writer.Write("h1{font-size:20px;margin:0 0 4px}.summary{margin:0 0 8px;color:#475569}\n");
        writer.Write(".legend{display:flex;flex-wrap:wrap;gap:6px 14px;list-style:none;margin:0;padding:0;font-size:13px}\n");
        writer.Write("pre{white-space:pre-wrap;font:14px/1.6 ui-monospace,Menlo,Consolas,monospace;margin:16px 24px;padding:16px;background:#fff;border:1px solid #e2e8f0}\n");
        writer.Write("mark{background:none;color:inherit;border-radius:2px}\n");
        foreach (var (kind, (_, style)) in Kinds)
        {
            writer.Write($".{ClassOf(kind)}{{{style}}}\n");
        }

        writer.Write("</style>\n</head>\n<body>\n<header>\n");
        writer.Write($"<h1>{Encode(title)}</h1>\n");
        writer.Write($"<p class=\"summary\">{Encode(Summary(document, fields.Count))}</p>\n");
        writer.Write("<ul class=\"legend\">\n");
        foreach (var group in fields.GroupBy(field => field.Kind).OrderBy(group => group.Key))
        {
            writer.Write($"<li><mark class=\"{ClassOf(group.Key)}\">{Encode(Kinds[group.Key].Label)}</mark> {group.Count()}</li>\n");
        }

        writer.Write("</ul>\n</header>\n<pre class=\"letter\">");
        FieldMarkup.Write(text, marks, stretch => writer.Write(Encode(stretch.Span)), writer.Write);
        writer.Write("</pre>\n</body>\n</html>\n");
    }

    /// <summary>The CSS class of a kind of field in the page ("k-case-number").</summary>
    public static string ClassOf(FieldKind kind) =>
        "k-" + string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Describe(DocumentField field) =>
        field.Value.Length > 80 ? field.Path : $"{field.Path}: {field.Value}";

    private static string Summary(ImrDocument document, int fields)
    {
        int upheld = document.Items.Count(item => item.Decision?.Value == Decision.Upheld);
        int overturned = document.Items.Count(item => item.Decision?.Value == Decision.Overturned);
        return string.Create(CultureInfo.InvariantCulture, $"Layout {document.Layout.JsonName()}; {document.Items.Length} disputed item(s): {upheld} upheld, {overturned} overturned; {fields} values marked; {document.Diagnostics.Length} diagnostic(s). Hover a value to see where it is in the model.");
    }

    private static string Encode(string text) => Encode(text.AsSpan());

    // HTML-escaped, with the characters HTML does not allow in text (controls other than white
    // space, lone surrogates) shown as U+FFFD.
    private static string Encode(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r' or '\f':
                    builder.Append(c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? '\uFFFD' : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
