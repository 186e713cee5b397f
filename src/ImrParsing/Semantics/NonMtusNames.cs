using System.Collections.Immutable;

namespace ImrParsing.Semantics;

/// <summary>
/// The published names Non-MTUS citations are read with: ODG's chapter list, ODG's names and the
/// other guidelines and sources the letters name first. A phrase is read as written, with "and" for
/// "&amp;" and the reverse, and with an en or em dash for a hyphen (<see cref="WithVariants"/>),
/// whatever a letter writes.
/// </summary>
internal static class NonMtusNames
{
    /// <summary>
    /// The chapters of the Official Disability Guidelines (Work Loss Data Institute / MCG), longest
    /// form first, with the short forms letters write ("Knee" for "Knee &amp; Leg", "Lower Back").
    /// </summary>
    public static ImmutableArray<string> OdgChapters { get; } =
    [
        "Low Back - Lumbar & Thoracic", "Low Back-Lumbar & Thoracic", "Low Back, Lumbar & Thoracic", "Low Back Lumbar & Thoracic",
        "Low Back & Thoracic", "Low Back", "Lower Back", "Lumbar & Thoracic",
        "Pain (Chronic)", "Chronic Pain", "Pain",
        "Neck and Upper Back", "Neck & Upper Back",
        "Forearm, Wrist, & Hand", "Forearm, Wrist & Hand",
        "Ankle & Foot", "Knee & Leg", "Knee", "Hip & Pelvis", "Hips & Pelvis", "Shoulder", "Elbow", "Carpal Tunnel Syndrome",
        "Head", "Eye", "Burns", "Hernia", "Pulmonary", "Mental Illness & Stress", "Traumatic Brain Injury",
        "Fitness for Duty", "Diabetes", "Preface",
    ];

    /// <summary>The names of the Official Disability Guidelines, longest form first: a chapter of <see cref="OdgChapters"/> follows them.</summary>
    public static ImmutableArray<string> OdgNames { get; } =
    [
        "Official Disability Guidelines (ODG)", "Official Disability Guidelines", "ODG Guidelines", "ODG",
    ];

    /// <summary>The names of the other guidelines and sources Non-MTUS citations name first, longest form first.</summary>
    public static ImmutableArray<string> OtherNames { get; } =
    [
        "American College of Occupational and Environmental Medicine (ACOEM)", "American College of Occupational and Environmental Medicine",
        "ACOEM Guidelines", "ACOEM Practice Guidelines", "ACOEM",
        "U.S. Food and Drug Administration (FDA)", "Food and Drug Administration (FDA)", "Food and Drug Administration", "the FDA", "FDA",
        "MTUS Drug Formulary", "Drug Formulary",
    ];

    /// <summary>
    /// Each phrase as written, then with "and" for "&amp;" and with "&amp;" for "and", each of those
    /// also with an en dash and an em dash for a hyphen ("Low Back – Lumbar &amp; Thoracic": ODG's
    /// own title, and what a word processor makes of " - "), in order, each once.
    /// </summary>
    public static IEnumerable<string> WithVariants(IEnumerable<string> phrases) =>
        phrases
            .SelectMany(phrase => new[] { phrase, phrase.Replace(" & ", " and ", StringComparison.Ordinal), phrase.Replace(" and ", " & ", StringComparison.Ordinal) })
            .SelectMany(phrase => new[] { phrase, phrase.Replace('-', '\u2013'), phrase.Replace('-', '\u2014') })
            .Distinct(StringComparer.Ordinal);
}
