using System.Buffers;
using Pidgin;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="ConclusionReader"/> as it was before it read tokens: the whole rationale made
/// canonical, the keywords searched there, the Pidgin statements (<see cref="ConclusionPhrases"/>)
/// run on each sentence that holds one, from the end. The baseline of `ConclusionReaderBenchmarks` and the
/// tests' reference (shared as source).
/// </summary>
internal static class CanonicalConclusionReader
{
    private static readonly SearchValues<string> Keywords = SearchValues.Create(["necess", "certif"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The conclusion of the rationale from <paramref name="start"/> to <paramref name="end"/> of <paramref name="source"/>, with its offsets there.</summary>
    public static (RationaleConclusion Value, int Start, int End)? Find(string source, int start, int end)
    {
        using var canonical = CanonicalText.Of(source, start, end);
        if ((Last(canonical.Span) ?? LastOther(canonical.Span)) is not { } found)
        {
            return null;
        }

        var range = canonical.SourceRange(found.Range);
        return (found.Value, range.Start, range.End);
    }

    private static (RationaleConclusion Value, OffsetRange Range)? LastOther(ReadOnlySpan<char> text)
    {
        var found = PidginConclusionGrammar.OtherConclusions.Parse(text, ScratchConfiguration.Chars);
        return found.Success && !found.Value.IsEmpty ? found.Value[^1] : null;
    }

    private static (RationaleConclusion Value, OffsetRange Range)? Last(ReadOnlySpan<char> text)
    {
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
            var found = PidginConclusionGrammar.Conclusions.Parse(text[start..sentenceEnd], ScratchConfiguration.Chars);
            if (found.Success && !found.Value.IsEmpty)
            {
                var (value, range) = found.Value[^1];
                return (value, new OffsetRange(range.Start + start, range.End + start));
            }

            while (next >= 0 && keywords[next] >= start)
            {
                next--;
            }
        }

        return null;
    }
}
