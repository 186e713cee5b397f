using System.Buffers;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the conclusion a rationale ends with (<see cref="ConclusionGrammar"/>): its last
/// statement of necessity or certification, or where it states none, its last statement of the
/// other judgements ("is not indicated", "cannot be recommended", "is warranted"), since rationales quote the guidelines' own "is medically necessary when ..." before
/// they conclude, and the opioid rationales add advice on weaning after it.
/// </summary>
internal static class ConclusionReader
{
    // The words every statement holds (see Last).
    private static readonly SearchValues<string> Keywords = SearchValues.Create(["necess", "certif"], StringComparison.OrdinalIgnoreCase);

    public static Rationale Read(IReaderContext context, Rationale rationale, int itemNumber)
    {
        if (rationale.Text is not { } text)
        {
            return rationale;
        }

        using var canonical = CanonicalText.Of(context.Text, text.Span.Start, text.Span.End);
        var values = new CanonicalValues(context, canonical);
        if ((Last(canonical.Span) ?? LastOther(canonical.Span)) is not { } found)
        {
            context.Report(ImrDiagnostics.NoConclusion, text.Span, itemNumber);
            return rationale;
        }

        return rationale with { Conclusion = values.Spanned(found.Value, found.Range) };
    }

    // The last statement of the other judgements ("is not indicated", "is warranted"), read only
    // where a rationale states neither necessity nor certification: a rare rationale, read whole.
    private static (RationaleConclusion Value, OffsetRange Range)? LastOther(ReadOnlySpan<char> text)
    {
        var found = ConclusionGrammar.OtherConclusions.Parse(text, ScratchConfiguration.Chars);
        return found.Success && !found.Value.IsEmpty ? found.Value[^1] : null;
    }

    // The last statement. No statement holds a full stop (ConclusionGrammar's words stop at one),
    // and every statement holds "necess" ("medically necessary", "medical necessity") or "certif",
    // so the statements of a sentence (the text between two full stops) are the same read alone as
    // in the whole text: the last statement is the last one of the last sentence that has any.
    // Only the sentences that hold one of those words are read, from the end: the conclusion, near
    // the end, costs a sentence or two, and a rationale without one a few vectorized searches.
    private static (RationaleConclusion Value, OffsetRange Range)? Last(ReadOnlySpan<char> text)
    {
        // Where the words are, found in one vectorized pass (a backward search ignoring case is not vectorized).
        var keywords = new List<int>();
        for (int from = 0, found; from < text.Length && (found = text[from..].IndexOfAny(Keywords)) >= 0; from += found + 1)
        {
            keywords.Add(from + found);
        }

        int next = keywords.Count - 1;
        while (next >= 0)
        {
            int keyword = keywords[next];
            int start = text[..keyword].LastIndexOf('.') + 1;
            int stop = text[keyword..].IndexOf('.');
            int sentenceEnd = stop < 0 ? text.Length : keyword + stop + 1;
            var found = ConclusionGrammar.Conclusions.Parse(text[start..sentenceEnd], ScratchConfiguration.Chars);
            if (found.Success && !found.Value.IsEmpty)
            {
                var (value, range) = found.Value[^1];
                return (value, range.Shift(start));
            }

            // On to the last word before this sentence.
            while (next >= 0 && keywords[next] >= start)
            {
                next--;
            }
        }

        return null;
    }
}
