using System.Collections.Immutable;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Samples.ReviewedDocuments;

// <docs:records>
/// <summary>The documents the reviewer read, as the "DOCUMENTS REVIEWED" section lists them.</summary>
public sealed record DocumentsReviewed
{
    /// <summary>The documents, in the order of the list.</summary>
    public ImmutableArray<ReviewedDocument> Documents { get; init; } = [];
}

/// <summary>One entry of the list: "2. Utilization Review Determination dated 3/21/2014".</summary>
public sealed record ReviewedDocument
{
    /// <summary>Its number in the list ("2").</summary>
    public Spanned<int>? Number { get; init; }

    /// <summary>What the document is ("Utilization Review Determination").</summary>
    public TextValue? Title { get; init; }

    /// <summary>The dates it is given: one, or the two ends of a range ("1/6/2014 to 3/10/2014").</summary>
    public ImmutableArray<Spanned<DateOnly>> Dates { get; init; } = [];

    /// <summary>The whole entry.</summary>
    public TextSpan Span { get; init; }
}
// </docs:records>
