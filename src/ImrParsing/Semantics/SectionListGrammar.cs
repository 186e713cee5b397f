using System.Collections.Immutable;

namespace ImrParsing.Semantics;

/// <summary>
/// The sections after "Section(s):", separated by commas. Section names hold commas of their own,
/// so a comma separates two sections only when it stands outside brackets ("Naproxen (Naprosyn,
/// Anaprox)"), the next words do not continue the name in lower case ("TENS, chronic pain",
/// "Opioids, criteria for use") and the name is not one of <see cref="NamesWithCommas"/>.
/// Numbered sections ("3.3.6 Opioids for Chronic Pain ...: Use of Urine Drug Testing (UDT)") are
/// separated only before the next number, whatever commas their names hold. Read by
/// <see cref="MtusStatementReader"/> (its sections part).
/// </summary>
internal static class SectionListGrammar
{
    /// <summary>
    /// MTUS section names whose comma is followed by a capital, which the rules above would split
    /// ("NSAIDs, GI symptoms &amp; cardiovascular risk" of the Chronic Pain Medical Treatment
    /// Guidelines, "Forearm, Wrist, &amp; Hand" of the Postsurgical Treatment Guidelines).
    /// </summary>
    public static ImmutableArray<string> NamesWithCommas { get; } =
    [
        "NSAIDs, GI symptoms & cardiovascular risk",
        "Forearm, Wrist, & Hand",
        "Forearm, Wrist, and Hand",
    ];
}
