using ImrParsing.Samples.DecisionWording;
using ImrParsing.Samples.ReviewedDocuments;

namespace ImrParsing.Samples;

/// <summary>The default parser with both sample extensions.</summary>
public static class SampleParser
{
    // <docs:build>
    /// <summary>Built once, shared by every thread: a parser is immutable.</summary>
    public static ImrParser Instance { get; } = Create();

    /// <summary>Makes the parser: the default rules, the documents reviewed and the wording.</summary>
    public static ImrParser Create()
    {
        var builder = ImrParser.CreateBuilder();
        builder.Sections.Replace("finalDeterminationWithDocuments.documentsReviewed", new DocumentsReviewedSection());
        builder.AddReversedDecisions();
        return builder.Build();
    }
    // </docs:build>
}
