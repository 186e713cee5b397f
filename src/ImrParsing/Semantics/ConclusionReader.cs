using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Diagnostics;
using ImrParsing.Sections;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the conclusion a rationale ends with (<see cref="ConclusionGrammar"/>): its last
/// statement, since rationales quote the guidelines' own "is medically necessary when ..." before
/// they conclude, and the opioid rationales add advice on weaning after it.
/// </summary>
internal static class ConclusionReader
{
    public static Rationale Read(SectionContext context, Rationale rationale, int itemNumber)
    {
        if (rationale.Text is not { } text)
        {
            return rationale;
        }

        using var canonical = CanonicalText.Of(context.Text, text.Span.Start, text.Span.End);
        var values = new CanonicalValues(context, canonical);
        if (Last(canonical.Span) is not { } found)
        {
            context.Report(ImrDiagnostics.NoConclusion, text.Span, itemNumber);
            return rationale;
        }

        return rationale with { Conclusion = values.Spanned(found.Value, found.Range) };
    }

    // The last statement. No statement holds a full stop (ConclusionGrammar's words stop at one),
    // and every statement holds "necess" ("medically necessary", "medical necessity") or "certif",
    // so the statements of a sentence (the text between two full stops) are the same read alone as
    // in the whole text: the last statement is the last one of the last sentence that has any.
    // Only the sentences that hold one of those words are read, from the end: the conclusion, near
    // the end, costs a sentence or two, and a rationale without one a few vectorized searches.
    private static (RationaleConclusion Value, OffsetRange Range)? Last(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0)
        {
            var before = text[..end];
            int keyword = Math.Max(
                before.LastIndexOf("necess", StringComparison.OrdinalIgnoreCase),
                before.LastIndexOf("certif", StringComparison.OrdinalIgnoreCase));
            if (keyword < 0)
            {
                return null;
            }

            int start = text[..keyword].LastIndexOf('.') + 1;
            int stop = text[keyword..].IndexOf('.');
            int sentenceEnd = stop < 0 ? text.Length : keyword + stop + 1;
            var found = ConclusionGrammar.Conclusions.Parse(text[start..sentenceEnd]);
            if (found.Success && !found.Value.IsEmpty)
            {
                var (value, range) = found.Value[^1];
                return (value, range.Shift(start));
            }

            end = start - 1;
        }

        return null;
    }
}
