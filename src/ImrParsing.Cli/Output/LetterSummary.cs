using ImrParsing.Cli.Inputs;
using ImrParsing.Syntax;

namespace ImrParsing.Cli.Output;

/// <summary>What <c>imr stats</c> keeps of a letter: small, so that batches of any size fit in memory.</summary>
/// <param name="Failed">True when the input failed.</param>
/// <param name="Items">Each item's decision (null where it is missing) and service kind (null where none was read).</param>
/// <param name="Specialties">The reviewer's specialties.</param>
internal sealed record LetterSummary(bool Failed, IReadOnlyList<(Decision? Decision, string? Service)> Items, IReadOnlyList<string> Specialties)
{
    public static LetterSummary Of(Letter letter) => letter.Document is not { } document
        ? new LetterSummary(true, [], [])
        : new LetterSummary(
            false,
            [.. document.Items.Select(item => (item.Decision?.Value, item.Details?.Service?.Value))],
            [.. (document.Reviewer?.Specialties ?? []).Select(specialty => specialty.Value)]);
}
