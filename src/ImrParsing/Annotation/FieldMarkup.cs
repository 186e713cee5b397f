using ImrParsing.Text;

namespace ImrParsing.Annotation;

/// <summary>
/// Writes a text with its fields wrapped in elements that nest properly, whatever the spans do:
/// a field inside another opens after it and closes before it; fields that cross are split where
/// one ends (closed, then opened again), so the innermost field is always the one on top.
/// </summary>
internal static class FieldMarkup
{
    /// <summary>One element to write around a span.</summary>
    public readonly record struct Mark(TextSpan Span, string Open, string Close);

    /// <param name="text">The whole text.</param>
    /// <param name="marks">The elements; spans must lie inside the text.</param>
    /// <param name="writeText">Writes a stretch of text (escaped).</param>
    /// <param name="write">Writes markup as is.</param>
    public static void Write(string text, IReadOnlyList<Mark> marks, Action<ReadOnlyMemory<char>> writeText, Action<string> write)
    {
        // Outer fields first at one place, so that they open first and close last.
        var ordered = marks.Where(mark => mark.Span.Length > 0)
            .OrderBy(mark => mark.Span.Start)
            .ThenByDescending(mark => mark.Span.Length)
            .ToList();
        var bounds = ordered.SelectMany(mark => new[] { mark.Span.Start, mark.Span.End }).Append(0).Append(text.Length)
            .Where(at => at >= 0 && at <= text.Length)
            .Distinct()
            .Order()
            .ToList();

        var open = new List<Mark>();
        int next = 0;
        for (int b = 0; b < bounds.Count; b++)
        {
            int at = bounds[b];
            Close(open, at, write);
            while (next < ordered.Count && ordered[next].Span.Start == at)
            {
                write(ordered[next].Open);
                open.Add(ordered[next]);
                next++;
            }

            if (b + 1 < bounds.Count)
            {
                writeText(text.AsMemory(at, bounds[b + 1] - at));
            }
        }

        Close(open, int.MaxValue, write);
    }

    // Closes the fields that end at (or before) `at`; those opened after one of them but still
    // running are closed with it and opened again, so that elements nest.
    private static void Close(List<Mark> open, int at, Action<string> write)
    {
        int lowest = open.FindIndex(mark => mark.Span.End <= at);
        if (lowest < 0)
        {
            return;
        }

        for (int i = open.Count - 1; i >= lowest; i--)
        {
            write(open[i].Close);
        }

        var reopened = open.Skip(lowest).Where(mark => mark.Span.End > at).ToList();
        open.RemoveRange(lowest, open.Count - lowest);
        foreach (var mark in reopened)
        {
            write(mark.Open);
            open.Add(mark);
        }
    }
}
