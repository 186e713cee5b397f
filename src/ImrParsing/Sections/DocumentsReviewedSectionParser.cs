using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>
/// The list of documents the reviewer read: "DOCUMENTS REVIEWED" in the Final Determination with
/// documents, "DOCUMENTS REVIEWED FOR DETERMINATION:" in the reviewer's report. The model has no
/// place for the list; its text stays the section's content, never unrecognized.
/// </summary>
internal sealed class DocumentsReviewedSectionParser : SectionParser
{
    /// <summary>Makes the parser for the heading <paramref name="heading"/> of <paramref name="layout"/>.</summary>
    public DocumentsReviewedSectionParser(LetterLayout layout, string heading)
        : base("documentsReviewed", layout, heading)
    {
    }

    /// <summary>The Final Determination's "DOCUMENTS REVIEWED".</summary>
    public static DocumentsReviewedSectionParser ForFinalDetermination() =>
        new(LetterLayout.FinalDeterminationWithDocuments, "DOCUMENTS REVIEWED");

    /// <summary>The reviewer's report's "DOCUMENTS REVIEWED FOR DETERMINATION:".</summary>
    public static DocumentsReviewedSectionParser ForProfessionalReview() =>
        new(LetterLayout.MedicalProfessionalReview, "DOCUMENTS REVIEWED FOR DETERMINATION");

    /// <inheritdoc />
    public override object? Parse(SectionContext context) => null;
}
