using System.Buffers;
using Pidgin;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Syntax;
using ImrParsing.Text;

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

        if (Find(context.Text, text.Span.Start, text.Span.End) is not { } found)
        {
            context.Report(ImrDiagnostics.NoConclusion, text.Span, itemNumber);
            return rationale;
        }

        return rationale with { Conclusion = context.Spanned(found.Value, found.Start, found.End) };
    }

    /// <summary>The conclusion of the rationale from <paramref name="start"/> to <paramref name="end"/> of <paramref name="source"/>, with its offsets there.</summary>
    internal static (RationaleConclusion Value, int Start, int End)? Find(string source, int start, int end) =>
        Last(source, start, end) ?? LastOther(source, start, end);

    // The last statement of the other judgements ("is not indicated", "is warranted"), read only
    // where a rationale states neither necessity nor certification: a rare rationale, read whole.
    private static (RationaleConclusion Value, int Start, int End)? LastOther(string source, int start, int end)
    {
        using var canonical = CanonicalText.Of(source, start, end);
        var found = ConclusionGrammar.OtherConclusions.Parse(canonical.Span, ScratchConfiguration.Chars);
        return found.Success && !found.Value.IsEmpty ? InSource(canonical, found.Value[^1]) : null;
    }

    // The last statement. No statement holds a full stop (ConclusionGrammar's words stop at one),
    // and every statement holds "necess" ("medically necessary", "medical necessity") or "certif",
    // so the statements of a sentence (the text between two full stops) are the same read alone as
    // in the whole text: the last statement is the last one of the last sentence that has any.
    // Only the sentences that may hold one of those words are made canonical and read, from the
    // end: the conclusion, near the end, costs a sentence or two, and a rationale without one a
    // few vectorized searches. A word broken over a line end is whole only in the canonical form,
    // so a sentence with a hyphen before white space is read too.
    private static (RationaleConclusion Value, int Start, int End)? Last(string source, int start, int end)
    {
        var text = source.AsSpan(start, end - start);
        var marks = Marks(text);

        int next = marks.Count - 1;
        while (next >= 0)
        {
            int mark = marks[next];
            int sentenceStart = text[..mark].LastIndexOf('.') + 1;
            int stop = text[mark..].IndexOf('.');
            int sentenceEnd = stop < 0 ? text.Length : mark + stop + 1;
            using (var sentence = CanonicalText.Of(source, start + sentenceStart, start + sentenceEnd))
            {
                var found = ConclusionGrammar.Conclusions.Parse(sentence.Span, ScratchConfiguration.Chars);
                if (found.Success && !found.Value.IsEmpty)
                {
                    return InSource(sentence, found.Value[^1]);
                }
            }

            // On to the last mark before this sentence.
            while (next >= 0 && marks[next] >= sentenceStart)
            {
                next--;
            }
        }

        return null;
    }

    // Where the words are, found in one vectorized pass (a backward search ignoring case is not
    // vectorized), and the hyphens before white space, which may break one over a line end
    // ("neces-" / "sary"); in order.
    private static List<int> Marks(ReadOnlySpan<char> text)
    {
        var marks = new List<int>();
        for (int from = 0, found; from < text.Length && (found = text[from..].IndexOfAny(Keywords)) >= 0; from += found + 1)
        {
            marks.Add(from + found);
        }

        int keywords = marks.Count;
        for (int from = 0, found; from < text.Length && (found = text[from..].IndexOf('-')) >= 0; from += found + 1)
        {
            if (from + found + 1 < text.Length && CharSets.IsSpace(text[from + found + 1]))
            {
                marks.Add(from + found);
            }
        }

        if (marks.Count > keywords)
        {
            marks.Sort();
        }

        return marks;
    }

    private static (RationaleConclusion Value, int Start, int End) InSource(CanonicalText canonical, (RationaleConclusion Value, OffsetRange Range) found)
    {
        var range = canonical.SourceRange(found.Range);
        return (found.Value, range.Start, range.End);
    }
}
