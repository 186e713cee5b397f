using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// The rules a <see cref="CitationForm"/> uses that depend on the whole list of forms: where a
/// citation's sections or title end (pages, the next chained citation of any form, the end of the
/// statement) and the list of sections up to there.
/// </summary>
public sealed class CitationParts
{
    internal CitationParts(Parser<char, Unit> partEnd)
    {
        PartEnd = partEnd;
        SectionsOrNone = SectionListGrammar.List(partEnd).Or(Parser<char>.Return(ImmutableArray<OffsetRange>.Empty));
    }

    /// <summary>Where the sections or title of a citation end: pages, the next chained citation, or the end of the statement.</summary>
    public Parser<char, Unit> PartEnd { get; }

    /// <summary>The sections of a citation ("Special Studies; Surgical Considerations") up to <see cref="PartEnd"/>, or none.</summary>
    public Parser<char, ImmutableArray<OffsetRange>> SectionsOrNone { get; }
}
