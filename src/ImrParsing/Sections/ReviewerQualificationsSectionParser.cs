using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>
/// The reviewer's qualifications in prose: "Medical Qualifications of the Expert Reviewer:" in the
/// 2013 notice, "MEDICAL REVIEWER QUALIFICATIONS:" in the reviewer's report. A paragraph of the form
/// states the credentials in a sentence ("The physician reviewer is Board Certified in Occupational
/// Medicine and is licensed to practice in California."), read with <see cref="CredentialsGrammar"/>.
/// </summary>
internal sealed class ReviewerQualificationsSectionParser : SectionParser
{
    /// <summary>Makes the parser for the heading <paramref name="heading"/> of <paramref name="layout"/>.</summary>
    public ReviewerQualificationsSectionParser(LetterLayout layout, string heading)
        : base("qualifications", layout, heading)
    {
    }

    /// <summary>The 2013 notice's "Medical Qualifications of the Expert Reviewer:".</summary>
    public static ReviewerQualificationsSectionParser ForNotice() =>
        new(LetterLayout.DeterminationNotice, "Medical Qualifications of the Expert Reviewer");

    /// <summary>The reviewer's report's "MEDICAL REVIEWER QUALIFICATIONS:".</summary>
    public static ReviewerQualificationsSectionParser ForProfessionalReview() =>
        new(LetterLayout.MedicalProfessionalReview, "MEDICAL REVIEWER QUALIFICATIONS");

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var credentials = ProseCredentialsReader.Read(context, context.Lines);
        if (credentials is null)
        {
            context.Report(ImrDiagnostics.MissingCredentials, context.Span(new LineRange(0, context.Lines.Length)), context.Heading?.Value ?? Headings[0]);
        }

        return credentials;
    }
}
