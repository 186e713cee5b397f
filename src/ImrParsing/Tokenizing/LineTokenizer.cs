using ImrParsing.Text;

namespace ImrParsing.Tokenizing;

/// <summary>
/// The hot path: splits a text into lines, drops the blank ones, trims each line's space and
/// classifies it. One vectorized scan for line ends; nothing is allocated per line.
/// </summary>
/// <remarks>
/// A form feed inside a line is a page break an extractor left on the line (PdfPig's content
/// order writes "treatment.  \fIMR ISSUES, ..."): the text on each side is a token of its own,
/// with the physical line's number, so the line table and every span stay the input's.
/// </remarks>
public static class LineTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/> with <paramref name="classifier"/>.</summary>
    public static LineTokens Tokenize(string text, LineClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(classifier);

        var tokens = new LineTokens(text, Math.Max(16, text.Length / 48));
        var span = text.AsSpan();
        int position = 0;
        int number = 1;
        int lineStart = 0;
        tokens.AddLineStart(0);
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
                if (last - first + 1 < RunOnLine.MinLength)
                {
                    tokens.AddLine(classifier.Classify(text, new Line(lineStart, position + first, last - first + 1, number)));
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

        classifier.Refine(text, tokens.MutableLines);
        return tokens;
    }

    // Neither inline space nor a control character.
    private static bool IsVisibleAscii(char c) => c is > ' ' and < '\u007F';
}
