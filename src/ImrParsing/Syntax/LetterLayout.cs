using System.Text.Json.Serialization;

namespace ImrParsing.Syntax;

/// <summary>The form of letter, known from its headings.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LetterLayout>))]
public enum LetterLayout
{
    /// <summary>No known form: the letter's sections were not recognized.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>
    /// The Final Determination form of 2014–2017: "HOW THE IMR FINAL DETERMINATION WAS MADE",
    /// "CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND RATIONALES", with or without the header table.
    /// </summary>
    [JsonStringEnumMemberName("finalDetermination")]
    FinalDetermination,

    /// <summary>
    /// The Final Determination form with a list of the documents reviewed: "HOW THE IMR FINAL
    /// DETERMINATION WAS MADE", "DOCUMENTS REVIEWED", "CLINICAL CASE SUMMARY" and "IMR DECISION(S)
    /// AND RATIONALE(S)", whose items are numbered sentences ("1. ... is not medically necessary and appropriate.").
    /// </summary>
    [JsonStringEnumMemberName("finalDeterminationWithDocuments")]
    FinalDeterminationWithDocuments,

    /// <summary>
    /// The notice of 2013: "MAXIMUS FEDERAL SERVICES, INC." / "Notice of Independent Medical Review
    /// Determination", "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE" with numbered decisions
    /// ("1) MAXIMUS Federal Services, Inc. has determined the request for ... is not medically necessary
    /// and appropriate."), "Medical Qualifications of the Expert Reviewer:" in prose and "Case Summary:".
    /// </summary>
    [JsonStringEnumMemberName("determinationNotice")]
    DeterminationNotice,

    /// <summary>
    /// The reviewer's report: "MEDICAL PROFESSIONAL REVIEW", "ISSUE AT DISPUTE:", "CASE SUMMARY:",
    /// "DOCUMENTS REVIEWED FOR DETERMINATION:", "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY
    /// PROFESSIONAL REVIEWER AND WHY:", "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT
    /// MEDICALLY NECESSARY:" and "MEDICAL REVIEWER QUALIFICATIONS:".
    /// </summary>
    [JsonStringEnumMemberName("medicalProfessionalReview")]
    MedicalProfessionalReview,
}
