using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>"MEDICAL PROFESSIONAL REVIEW": the title of the reviewer's report; what follows it up to the first part is the form's text.</summary>
internal sealed class ProfessionalReviewTitleSectionParser : SectionParser
{
    /// <summary>Makes the parser.</summary>
    public ProfessionalReviewTitleSectionParser()
        : base("title", LetterLayout.MedicalProfessionalReview, "MEDICAL PROFESSIONAL REVIEW")
    {
    }

    /// <inheritdoc />
    public override object? Parse(SectionContext context) => null;
}
