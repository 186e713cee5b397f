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

        var values = new CanonicalValues(context, CanonicalText.Of(context.Text, text.Span.Start, text.Span.End));
        if (Last(values.Canonical.Value) is not { } found)
        {
            context.Report(ImrDiagnostics.NoConclusion, text.Span, itemNumber);
            return rationale;
        }

        return rationale with { Conclusion = values.Spanned(found.Value, found.Range) };
    }

    // The last statement, looked for in ever longer tails of the text, each starting after a full
    // stop: no statement holds one (ConclusionGrammar's words stop at it), so a tail finds the same
    // last statement as the whole text would, and the conclusion, near the end, costs a few sentences.
    private static (RationaleConclusion Value, OffsetRange Range)? Last(string text)
    {
        int tail = FirstTailLength;
        while (true)
        {
            int start = TailStart(text, tail);
            var found = ConclusionGrammar.Conclusions.Parse(text.AsSpan(start));
            if (found.Success && !found.Value.IsEmpty)
            {
                var (value, range) = found.Value[^1];
                return (value, range.Shift(start));
            }

            if (start == 0)
            {
                return null;
            }

            tail *= 4;
        }
    }

    private const int FirstTailLength = 300;

    private static int TailStart(string text, int tail)
    {
        if (tail >= text.Length)
        {
            return 0;
        }

        int stop = text.LastIndexOf('.', text.Length - tail);
        return stop < 0 ? 0 : stop + 1;
    }
}
