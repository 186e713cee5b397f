using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Parsers;

/// <summary>
/// Finds where each disputed item starts, before <see cref="ItemGrammar"/> reads the decisions
/// section. An item's request has no label: it is the text between the end of the previous item's
/// rationale and the decision word, so it is found by walking back from the decision line to the
/// last line that ends a sentence. A partial authorization ("X was the original request. Y was
/// authorized by the Claims Administrator. The remaining IMR eligible portion of the original
/// request, Z is: Upheld") is a head of several sentences and is taken whole. When a guideline
/// label comes where a new item must begin but no decision line precedes it, the item's head is
/// marked without a decision, or the label itself starts the item.
/// </summary>
internal static class ItemHeads
{
    /// <summary>The most lines an ordinary request spans.</summary>
    public const int MaxRequestLines = 6;

    /// <summary>The most lines a partial authorization's head spans.</summary>
    public const int MaxPartialAuthorizationLines = 12;

    /// <summary>
    /// Marks the request lines of every item in <paramref name="body"/> as <see cref="LineKind.Request"/>
    /// and flags labels that start an item. <paramref name="partOrder"/> gives a label rule's place in an
    /// item (0, 1, 2 for the two guidelines and the rationale) or -1 for labels that are not item parts.
    /// </summary>
    public static void Mark(string text, Span<Line> body, Func<int, int> partOrder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(partOrder);
        bool inItem = false;
        int lastOrder = -1;
        for (int i = 0; i < body.Length; i++)
        {
            var line = body[i];
            if (line.Kind == LineKind.Decision)
            {
                MarkHeadBefore(text, body, i);
                inItem = true;
                lastOrder = -1;
            }
            else if (line.Kind == LineKind.Label && partOrder(line.Rule) is int order and >= 0)
            {
                if (!inItem || order <= lastOrder)
                {
                    // A new item whose decision line is missing: its head, if any, ends here.
                    if (MarkHeadBefore(text, body, i) == i)
                    {
                        body[i] = line.With(LineKind.Label, line.Rule, startsItem: true);
                    }

                    inItem = true;
                }

                lastOrder = order;
            }
        }
    }

    /// <summary>True when a line's last character ends a sentence (closing quotes and brackets aside).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> content)
    {
        content = content.TrimEnd("\"'”’)]");
        if (content.IsEmpty)
        {
            return false;
        }

        char last = content[^1];
        return last is '.' or '!' or '?';
    }

    // Marks the lines before body[end] that belong to its head; returns the index of the first.
    private static int MarkHeadBefore(string text, Span<Line> body, int end)
    {
        int first = end;
        int j = end - 1;
        while (j >= 0 && end - j <= MaxRequestLines && body[j].Kind == LineKind.Text && !EndsSentence(body[j].GetContent(text)))
        {
            first = j--;
        }

        first = ExtendOverPartialAuthorization(text, body, first, end);
        for (int k = first; k < end; k++)
        {
            body[k] = body[k].With(LineKind.Request);
        }

        return first;
    }

    // "... The remaining IMR eligible portion of the original request, Z is:" continues sentences that
    // begin with "X was the original request."; take them into the head.
    private static int ExtendOverPartialAuthorization(string text, Span<Line> body, int first, int end)
    {
        int headEnd = body[end].ContentEnd;
        var head = text.AsSpan(first < end ? body[first].ContentStart : body[end].ContentStart, headEnd - (first < end ? body[first].ContentStart : body[end].ContentStart));
        if (!Phrase.Contains(head, "original request,"))
        {
            return first;
        }

        // A head that holds "X was the original request." and follows a sentence's end (a run-on
        // line's request) is whole.
        int headStart = Math.Min(first, end);
        if (Phrase.Contains(head, "was the original request") && (headStart == 0 || EndsSentence(body[headStart - 1].GetContent(text))))
        {
            return first;
        }

        for (int k = Math.Min(first, end - 1); k >= 0 && end - k <= MaxPartialAuthorizationLines && body[k].Kind is LineKind.Text or LineKind.Request; k--)
        {
            var extended = text.AsSpan(body[k].ContentStart, headEnd - body[k].ContentStart);
            if (!Phrase.Contains(extended, "was the original request"))
            {
                continue;
            }

            // The sentence "X was the original request." may itself start on an earlier line, also
            // when the head is long enough (an extractor's narrow lines) to reach past MaxRequestLines.
            while (k > 0 && end - k < MaxPartialAuthorizationLines && body[k - 1].Kind == LineKind.Text && !EndsSentence(body[k - 1].GetContent(text)))
            {
                k--;
            }

            return Math.Min(k, first);
        }

        return first;
    }
}
