using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The case summary's readers as they read before <see cref="NarrativeReader"/>: the whole
/// narrative lexed, one pass over its words for the anchors, each reader over all of it. Kept as
/// the benchmarks' baseline and the tests' reference.
/// </summary>
internal static class WholeNarrativeReader
{
    /// <summary>The facts of the narrative from <paramref name="start"/> to <paramref name="end"/> of <paramref name="source"/>.</summary>
    public static NarrativeFacts Read(ReadOnlySpan<char> source, int start, int end)
    {
        var text = source[..end];
        using var tokens = WordLexer.Lex(text, start, end);
        var narrative = new LexedText(text, tokens);
        using var anchors = NarrativeAnchors.Words.Find(narrative);
        var dates = NarrativeDates.Find(text, tokens);
        return new NarrativeFacts(
            dates,
            PatientTermReader.Find(narrative, anchors),
            AgeAndSexReader.Find(narrative, anchors),
            DiagnosisReader.Find(narrative, anchors),
            DateOfInjuryReader.Find(narrative, anchors, dates));
    }
}
