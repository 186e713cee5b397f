namespace ImrParsing.Tests.Infrastructure;

/// <summary>
/// Letters of the older layouts written for the tests (the corpus has none): see
/// ImrParsing.Tests/Constructed/README.md. They are constructed, not real letters.
/// </summary>
public static class ConstructedLetters
{
    /// <summary>The 2013 notice.</summary>
    public const string DeterminationNotice = "determination-notice";

    /// <summary>The Final Determination with "DOCUMENTS REVIEWED" and "IMR DECISION(S) AND RATIONALE(S)".</summary>
    public const string FinalDeterminationWithDocuments = "final-determination-with-documents";

    /// <summary>The reviewer's report, "MEDICAL PROFESSIONAL REVIEW".</summary>
    public const string MedicalProfessionalReview = "medical-professional-review";

    /// <summary>Every constructed letter's name.</summary>
    public static IReadOnlyList<string> All { get; } = [DeterminationNotice, FinalDeterminationWithDocuments, MedicalProfessionalReview];

    /// <summary>xUnit theory data of <see cref="All"/>.</summary>
    public static TheoryData<string> Data => [.. All];

    /// <summary>The text of a constructed letter.</summary>
    public static string Read(string name) => File.ReadAllText(Repository.PathOf("tests", "ImrParsing.Tests", "Constructed", name + ".txt"));
}
