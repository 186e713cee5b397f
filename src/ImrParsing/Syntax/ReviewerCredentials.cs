using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>The expert reviewer's credentials, from the "HOW THE IMR FINAL DETERMINATION WAS MADE" section.</summary>
public sealed record ReviewerCredentials
{
    /// <summary>The states where the reviewer is licensed ("California", "North Carolina").</summary>
    public ImmutableArray<TextValue> LicensureStates { get; init; } = [];

    /// <summary>Board certifications or specialties ("Preventive Medicine", "Occupational Medicine").</summary>
    public ImmutableArray<TextValue> Specialties { get; init; } = [];

    /// <summary>Subspecialties, where the letter names them ("Pulmonary Diseases").</summary>
    public ImmutableArray<TextValue> Subspecialties { get; init; } = [];

    /// <summary>The text the credentials were read from: the credential lines, or the sentence that states them.</summary>
    public TextSpan Span { get; init; }
}
