using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

/// <summary>
/// The words the case summary's readers start at, from their rules' first words: one pass over
/// the narrative's tokens (<see cref="WordAnchors.Find"/>) gives each reader its places.
/// </summary>
internal static class NarrativeAnchors
{
    /// <summary>The date of injury's anchor words (<see cref="DateOfInjuryReader.FirstWords"/>).</summary>
    public const int DateOfInjury = 1;

    /// <summary>The words that lead the patient's term (<see cref="PatientTermReader.FirstWords"/>).</summary>
    public const int PatientTerm = 2;

    /// <summary>The first words of the diagnoses' introductions (<see cref="DiagnosisReader.FirstWords"/>).</summary>
    public const int Diagnoses = 4;

    /// <summary>"a", which "a female" starts with.</summary>
    public const int SexOnly = 8;

    /// <summary>All of them.</summary>
    public static WordAnchors Words { get; } = new(
    [
        .. DateOfInjuryReader.FirstWords.Select(word => (word, DateOfInjury)),
        .. PatientTermReader.FirstWords.Select(word => (word, PatientTerm)),
        .. DiagnosisReader.FirstWords.Select(word => (word, Diagnoses)),
        ("a", SexOnly),
    ]);
}
