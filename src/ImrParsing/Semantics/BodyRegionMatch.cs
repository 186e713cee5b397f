using ImrParsing.Parsers;
using ImrParsing.Syntax;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>A region the <see cref="BodyRegionClassifier"/> found, with the side stated for it.</summary>
/// <param name="Region">The canonical region.</param>
/// <param name="Range">Where its words are, relative to the classified text.</param>
/// <param name="Side">The side stated for it and where, when stated.</param>
internal readonly record struct BodyRegionMatch(string Region, OffsetRange Range, (BodySide Value, OffsetRange Range)? Side);

/// <summary>What the <see cref="BodyRegionClassifier"/> found in a request.</summary>
/// <param name="Regions">The regions in the order the request names them, each once per side.</param>
/// <param name="Side">The request's side when it states one side only (for all the regions or none); null otherwise.</param>
internal readonly record struct BodyRegionReading(IReadOnlyList<BodyRegionMatch> Regions, (BodySide Value, OffsetRange Range)? Side);
