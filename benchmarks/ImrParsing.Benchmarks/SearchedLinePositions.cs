using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A span's line and column as <see cref="LineTokens.GetLinePosition"/> found them before it kept a
/// cursor: a binary search of the line starts for every offset. The reference of
/// <c>LinePositionReferenceTests</c> and the baseline of <see cref="LinePositionBenchmarks"/>.
/// </summary>
internal static class SearchedLinePositions
{
    /// <summary>The 1-based line and column of <paramref name="offset"/> in the text <paramref name="tokens"/> were made from.</summary>
    public static (int Line, int Column) Of(LineTokens tokens, int offset) => SourceText.LinePosition(tokens.LineStarts, offset);
}
