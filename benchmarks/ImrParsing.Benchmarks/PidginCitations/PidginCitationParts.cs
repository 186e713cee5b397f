using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;

using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The rules a <see cref="PidginCitationForm"/> uses that depend on the whole list of forms: where a
/// citation's sections or title end (pages, the next chained citation of any form, the end of the
/// statement) and the list of sections up to there.
/// </summary>
internal sealed class PidginCitationParts
{
    internal PidginCitationParts(Parser<char, Unit> partEnd)
    {
        PartEnd = partEnd;
        SectionsOrNone = PidginSectionListGrammar.List(partEnd).Or(Parser<char>.Return(ImmutableArray<OffsetRange>.Empty));
    }

    /// <summary>Where the sections or title of a citation end: pages, the next chained citation, or the end of the statement.</summary>
    public Parser<char, Unit> PartEnd { get; }

    /// <summary>The sections of a citation ("Special Studies; Surgical Considerations") up to <see cref="PartEnd"/>, or none.</summary>
    public Parser<char, ImmutableArray<OffsetRange>> SectionsOrNone { get; }
}
