using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// What a citation form's rule read (<see cref="CitationForm"/>), as spans of the letter, each from
/// its first token's start to its last token's end; the reader turns it into a
/// <see cref="Syntax.GuidelineCitation"/> whose text is the tokens the rule read.
/// </summary>
public sealed record CitationSyntax
{
    /// <summary>The guideline's title, when the form names one.</summary>
    public TextSpan? Title { get; init; }

    /// <summary>The edition year and where it is.</summary>
    public (int Value, TextSpan Span)? Year { get; init; }

    /// <summary>The chapter number and where it is.</summary>
    public (int Value, TextSpan Span)? Chapter { get; init; }

    /// <summary>A chapter named in words ("Low Back Chapter").</summary>
    public TextSpan? ChapterName { get; init; }

    /// <summary>The sections cited.</summary>
    public ImmutableArray<TextSpan> Sections { get; init; } = [];

    /// <summary>The pages cited, each a page or a range of pages.</summary>
    public ImmutableArray<TextSpan> Pages { get; init; } = [];

    /// <summary>The effective date and where it is.</summary>
    public (DateOnly Value, TextSpan Span)? EffectiveDate { get; init; }
}
