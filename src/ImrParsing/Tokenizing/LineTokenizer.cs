using ImrParsing.Text;

namespace ImrParsing.Tokenizing;

/// <summary>
/// The hot path: splits a text into lines, drops the blank ones, trims each line's space and
/// classifies it. One vectorized scan for line ends; nothing is allocated per line.
/// </summary>
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
        tokens.AddLineStart(0);
        while (true)
        {
            int found = span[position..].IndexOfAny(CharSets.LineEnd);
            int end = found < 0 ? span.Length : position + found;
            var line = span[position..end];

            // Most lines start and end with a visible ASCII character: no search for their space.
            int first = !line.IsEmpty && IsVisibleAscii(line[0]) ? 0 : line.IndexOfAnyExcept(CharSets.InlineSpace);
            if (first >= 0)
            {
                int last = IsVisibleAscii(line[^1]) ? line.Length - 1 : line.LastIndexOfAnyExcept(CharSets.InlineSpace);
                tokens.AddLine(classifier.Classify(text, new Line(position, position + first, last - first + 1, number)));
            }

            if (found < 0)
            {
                break;
            }

            position = end + (span[end] == '\r' && end + 1 < span.Length && span[end + 1] == '\n' ? 2 : 1);
            number++;
            tokens.AddLineStart(position);
        }

        classifier.Refine(text, tokens.MutableLines);
        return tokens;
    }

    // Neither inline space nor a control character.
    private static bool IsVisibleAscii(char c) => c is > ' ' and < '\u007F';
}
