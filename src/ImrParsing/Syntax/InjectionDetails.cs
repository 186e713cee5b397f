using System.Collections.Immutable;

namespace ImrParsing.Syntax;

/// <summary>
/// What an injection or infusion request states beside its service: the kind ("Left L4-5
/// interlaminar epidural steroid injection": epidural steroid injection), the approach
/// (interlaminar), the spinal levels (L4-5) and the drugs injected, each read like a medication
/// ("2cc of bupivacaine 0.5%"). The side is <see cref="RequestDetails.Side"/>.
/// </summary>
public sealed record InjectionDetails
{
    /// <summary>
    /// The kind of injection, canonical ("epidural steroid injection", "facet joint injection",
    /// "medial branch block", "trigger point injection", "nerve block", "infusion", ...), with the
    /// words that name it; null when the request names only an injection.
    /// </summary>
    public Spanned<string>? Kind { get; init; }

    /// <summary>The approach of a spinal injection ("transforaminal", "interlaminar", "caudal"), when stated.</summary>
    public Spanned<string>? Approach { get; init; }

    /// <summary>The spinal levels, as written ("L4-5", "L5-S1", "C6"), in the request's order.</summary>
    public ImmutableArray<TextValue> Levels { get; init; } = [];

    /// <summary>The drugs injected, each with its amount and strength where stated; empty when the request names none.</summary>
    public ImmutableArray<MedicationIngredient> Drugs { get; init; } = [];
}
