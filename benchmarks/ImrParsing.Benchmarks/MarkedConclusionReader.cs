using System.Buffers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="ConclusionReader.Find"/> as it was before it took the sentences from the end: the
/// whole rationale searched first for every "necess", "certif" and hyphen before white space (the
/// marks), then the sentences holding a mark read from the last, each as the reader reads one.
/// Measured in `ConclusionReaderBenchmarks`; the reference of
/// `ConclusionSentenceOrderReferenceTests` (shared as source).
/// </summary>
internal static class MarkedConclusionReader
{
    private static readonly SearchValues<string> Keywords = SearchValues.Create(["necess", "certif"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The conclusion of the text from <paramref name="start"/> to <paramref name="end"/>, with its source offsets, or null.</summary>
    public static (RationaleConclusion Value, int Start, int End)? Find(string text, int start, int end) =>
        LastStatement(text, start, end) ?? ConclusionReader.Read(text, start, end, ConclusionReader.Other);

    private static (RationaleConclusion Value, int Start, int End)? LastStatement(string source, int start, int end)
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
            if (ConclusionReader.Read(source, start + sentenceStart, start + sentenceEnd, ConclusionReader.Statement) is { } found)
            {
                PerThread<List<int>>.Give(marks);
                return found;
            }

            // On to the last mark before this sentence.
            while (next >= 0 && marks[next] >= sentenceStart)
            {
                next--;
            }
        }

        PerThread<List<int>>.Give(marks);
        return null;
    }

    // Where the words are, found in one vectorized pass, and the hyphens before white space; in order.
    private static List<int> Marks(ReadOnlySpan<char> text)
    {
        var marks = PerThread<List<int>>.Take() ?? [];
        marks.Clear();
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
}
