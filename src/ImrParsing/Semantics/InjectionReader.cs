using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads an injection or infusion request with the <see cref="InjectionGrammar"/>, each rule's
/// occurrences found in one pass: the most specific kind named, the first approach, every level
/// and every drug.
/// </summary>
internal static class InjectionReader
{
    private static readonly Parser<char, ImmutableArray<((string Kind, int Rank) Value, OffsetRange Range)>> Kinds =
        TextParsers.Occurrences(TextParsers.WithRange(InjectionGrammar.Kind));

    private static readonly Parser<char, ImmutableArray<(string Value, OffsetRange Range)>> Approaches =
        TextParsers.Occurrences(TextParsers.WithRange(InjectionGrammar.Approach));

    private static readonly Parser<char, ImmutableArray<OffsetRange>> Levels = TextParsers.Occurrences(InjectionGrammar.Level);

    private static readonly Parser<char, ImmutableArray<InjectionDrugPiece>> Drugs = TextParsers.Occurrences(InjectionGrammar.Drug);

    public static InjectionReading Read(string text)
    {
        var kinds = Kinds.TryMatch(text, out var foundKinds) ? foundKinds : [];
        var approaches = Approaches.TryMatch(text, out var foundApproaches) ? foundApproaches : [];
        return new InjectionReading(
            kinds.IsEmpty ? null : kinds.MinBy(kind => kind.Value.Rank) is var kind ? (kind.Value.Kind, kind.Range) : null,
            approaches.IsEmpty ? null : approaches[0],
            Levels.TryMatch(text, out var levels) ? levels : [],
            Drugs.TryMatch(text, out var drugs) ? drugs : []);
    }
}
