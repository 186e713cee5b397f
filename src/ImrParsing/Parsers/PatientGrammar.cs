using System.Collections.Immutable;
using ImrParsing.Syntax;

namespace ImrParsing.Parsers;

/// <summary>The patient's age and sex where the case summary states them.</summary>
/// <remarks>Offsets are those of the text the rule read: the source's where a reader runs it at a place of the source.</remarks>
/// <param name="Age">The age and where it is, when stated.</param>
/// <param name="Sex">The sex and where it is.</param>
internal readonly record struct AgeAndSex((int Value, int Start, int End)? Age, (Sex Value, int Start, int End) Sex);

/// <summary>
/// The words the case summaries call the patient by ("The injured worker", "The applicant", "this
/// patient", "the IW") and the words that lead them; <c>Semantics.PatientTermReader</c> reads them,
/// and <c>Semantics.AgeAndSexReader</c> the age and sex ("a 48 year old male").
/// </summary>
internal static class PatientGrammar
{
    /// <summary>The words a letter calls the patient by, in the order tried, with the canonical term each stands for.</summary>
    public static ImmutableArray<(string Words, string Term)> TermWords { get; } =
    [
        ("injured worker", "injured worker"),
        ("injured employee", "employee"),
        ("patient", "patient"),
        ("claimant", "claimant"),
        ("applicant", "applicant"),
        ("employee", "employee"),
        ("worker", "injured worker"),
        ("IW", "injured worker"),
    ];

    /// <summary>The words before a term that make it name the patient, in the order tried: "the", "this", "that", "our", "is a", "was a".</summary>
    public static ImmutableArray<string> TermLeads { get; } = ["the", "this", "that", "our", "is a", "was a"];
}
