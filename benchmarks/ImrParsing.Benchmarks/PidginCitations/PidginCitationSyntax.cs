using System.Collections.Immutable;
using ImrParsing.Parsers;

using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// What a citation rule read, as ranges of the text it parsed; <see cref="PidginGuidelineReader"/> turns
/// it into a <see cref="Syntax.GuidelineCitation"/> with spans into the letter.
/// </summary>
internal sealed record PidginCitationSyntax
{
    /// <summary>True for an MTUS guideline, false for a Non-MTUS citation.</summary>
    public bool Mtus { get; init; }

    /// <summary>The whole citation (for a Non-MTUS one, its free text).</summary>
    public OffsetRange Range { get; init; }

    /// <summary>The guideline's title, when the form names one.</summary>
    public OffsetRange? Title { get; init; }

    /// <summary>The edition year and where it is.</summary>
    public (int Value, OffsetRange Range)? Year { get; init; }

    /// <summary>The chapter number and where it is.</summary>
    public (int Value, OffsetRange Range)? Chapter { get; init; }

    /// <summary>A chapter named in words ("Low Back Chapter", "Pain (Chronic)"): Non-MTUS citations name ODG's chapters so.</summary>
    public OffsetRange? ChapterName { get; init; }

    /// <summary>The sections cited.</summary>
    public ImmutableArray<OffsetRange> Sections { get; init; } = [];

    /// <summary>The pages cited, each a page or a range of pages.</summary>
    public ImmutableArray<OffsetRange> Pages { get; init; } = [];

    /// <summary>The effective date and where it is.</summary>
    public (DateOnly Value, OffsetRange Range)? EffectiveDate { get; init; }
}
