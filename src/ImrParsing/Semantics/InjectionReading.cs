using System.Collections.Immutable;
using ImrParsing.Parsers;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>What the <see cref="InjectionReader"/> found, as ranges of the canonical request.</summary>
internal sealed record InjectionReading(
    (string Value, OffsetRange Range)? Kind,
    (string Value, OffsetRange Range)? Approach,
    ImmutableArray<OffsetRange> Levels,
    ImmutableArray<InjectionDrugPiece> Drugs);
