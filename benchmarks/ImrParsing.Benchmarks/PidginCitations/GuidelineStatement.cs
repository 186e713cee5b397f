using System.Collections.Immutable;
using ImrParsing.Parsers;

using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>The kinds of statement a guideline part is made of.</summary>
internal enum GuidelineStatementKind
{
    /// <summary>"Decision based on MTUS ..." or "Decision based on Non-MTUS Citation ...".</summary>
    Citations,

    /// <summary>"The Claims Administrator did not cite any medical evidence for its decision."</summary>
    NoEvidenceCited,

    /// <summary>"The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines."</summary>
    OutsideMtus,

    /// <summary>Text that is none of the above.</summary>
    Unread,
}

/// <summary>One statement of a guideline part, as <see cref="GuidelineGrammar.Statements"/> reads it.</summary>
/// <param name="Kind">What the statement says.</param>
/// <param name="Range">Where it is, its final full stop left out.</param>
/// <param name="Citations">For <see cref="GuidelineStatementKind.Citations"/>, the guidelines it cites.</param>
internal sealed record GuidelineStatement(GuidelineStatementKind Kind, OffsetRange Range, ImmutableArray<PidginCitationSyntax> Citations);
