using System.Collections.Immutable;

namespace ImrParsing.Syntax;

/// <summary>What the case summary says of the injured worker.</summary>
public sealed record Patient
{
    /// <summary>A patient of whom nothing is stated, shared: the record is immutable.</summary>
    internal static Patient None { get; } = new();

    /// <summary>Age in years ("a 48 year old male").</summary>
    public Spanned<int>? Age { get; init; }

    /// <summary>Sex ("male", "female").</summary>
    public Spanned<Sex>? Sex { get; init; }

    /// <summary>
    /// The word the letter calls the patient by: <see cref="Spanned{T}.Value"/> is the canonical
    /// term ("injured worker", "patient", "claimant", "employee", "applicant") and
    /// <see cref="Spanned{T}.Text"/> the words as written ("injured worker", "IW", "Patient").
    /// </summary>
    public Spanned<string>? Term { get; init; }

    /// <summary>
    /// The diagnoses where the narrative lists them ("diagnosed with ...", "Current diagnoses
    /// include ...", "treated for the diagnoses of ..."), one entry per diagnosis.
    /// </summary>
    public ImmutableArray<TextValue> Diagnoses { get; init; } = [];
}
