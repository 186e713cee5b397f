using ImrParsing.Text;

namespace ImrParsing.Tokenizing;

/// <summary>
/// The hot path: splits a text into lines, drops the blank ones, trims each line's space and
/// classifies it. One vectorized scan for line ends; nothing is allocated per line.
/// </summary>
/// <remarks>
/// A heading, label or sentence of the form inside a line, after a sentence's end or a decision,
/// is where the line must have broken (an extractor that puts the next page's heading after the
/// last sentence, with or without a form feed): the line is split there as a run-on line is. One
/// vectorized search over the whole text finds the places where such a phrase may start.
/// A form feed inside a line is a page break an extractor left on the line (PdfPig's content
/// order writes "treatment.  \fIMR ISSUES, ..."): the text on each side is a token of its own,
/// with the physical line's number, so the line table and every span stay the input's.
/// </remarks>
internal static class LineTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> with <paramref name="classifier"/>.</summary>
    public static LineTokens Tokenize(string text, LineClassifier classifier) => Tokenize(text, classifier, null);

    /// <summary>
    /// Tokenizes <paramref name="text"/>, the input as the rules read it, whose offsets
    /// <paramref name="moved"/> maps to the input's (<see cref="ReadableText"/>).
    /// </summary>
    public static LineTokens Tokenize(string text, LineClassifier classifier, MovedSpaces? moved)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(classifier);

        var tokens = new LineTokens(text, Math.Max(16, text.Length / 48)) { Moved = moved };
        var span = text.AsSpan();
        int position = 0;
        int number = 1;
        int lineStart = 0;
        tokens.AddLineStart(0);
        var anchors = classifier.InsideLineAnchors;
        int anchor = NextAnchor(span, 0, anchors);
        while (true)
        {
            int found = span[position..].IndexOfAny(CharSets.LineEndOrPageBreak);
            int end = found < 0 ? span.Length : position + found;
            var line = span[position..end];

            // Most lines start and end with a visible ASCII character: no search for their space.
            int first = !line.IsEmpty && IsVisibleAscii(line[0]) ? 0 : line.IndexOfAnyExcept(CharSets.InlineSpace);
            if (first >= 0)
            {
                int last = IsVisibleAscii(line[^1]) ? line.Length - 1 : line.LastIndexOfAnyExcept(CharSets.InlineSpace);
                bool runOn = last - first + 1 >= RunOnLine.MinLength;
                for (; anchor <= position + last; anchor = NextAnchor(span, anchor + 1, anchors))
                {
                    runOn = runOn || (anchor > position + first && classifier.StartsInsideLine(line[first..(last + 1)], anchor - position - first));
                }

                if (!runOn)
                {
                    tokens.AddLine(classifier.Classify(text, new Line(lineStart, position + first, last - first + 1, number), out bool mayRefine), mayRefine);
                }
                else
                {
                    RunOnLine.Split(text, lineStart, position + first, position + last + 1, number, classifier, tokens);
                }

                lineStart = end;
            }

            if (found < 0)
            {
                break;
            }

            if (span[end] == '\f')
            {
                position = end + 1;
                continue;
            }

            position = end + (span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1);
            lineStart = position;
            number++;
            tokens.AddLineStart(position);
        }

        classifier.Refine(text, tokens.MutableLines, tokens.RefineCandidates);
        return tokens;
    }

    // The next place, at or after `from`, where a phrase of the form may start; int.MaxValue past the last.
    private static int NextAnchor(ReadOnlySpan<char> span, int from, System.Buffers.SearchValues<string> anchors)
    {
        int found = from < span.Length ? span[from..].IndexOfAny(anchors) : -1;
        return found < 0 ? int.MaxValue : from + found;
    }

    // Neither inline space nor a control character.
    private static bool IsVisibleAscii(char c) => c is > ' ' and < '\u007F';
}
