using ImrParsing.Lexing;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

/// <summary>A region the <see cref="BodyRegionClassifier"/> found, with the side stated for it.</summary>
/// <param name="Region">The canonical region.</param>
/// <param name="Words">Where its words are in the classified source.</param>
/// <param name="Side">The side stated for it and where, when stated.</param>
internal readonly record struct BodyRegionMatch(string Region, SourceWords Words, StatedSide? Side);

/// <summary>A side stated in a request and where its words are in the classified source.</summary>
internal readonly record struct StatedSide(BodySide Value, SourceWords Words);

/// <summary>Where words are: from the first one's start to just past the last one's end, offsets into the source.</summary>
internal readonly record struct SourceWords(int Start, int End)
{
    /// <summary>The words of <paramref name="tokens"/> from <paramref name="first"/> to <paramref name="last"/>, both included.</summary>
    public static SourceWords Of(ReadOnlySpan<Token> tokens, int first, int last) => new(tokens[first].Start, tokens[last].End);
}

/// <summary>What the <see cref="BodyRegionClassifier"/> found in a request.</summary>
/// <param name="Regions">The regions in the order the request names them, each once per side.</param>
/// <param name="Side">The request's side when it states one side only (for all the regions or none); null otherwise.</param>
internal readonly record struct BodyRegionReading(IReadOnlyList<BodyRegionMatch> Regions, StatedSide? Side);
