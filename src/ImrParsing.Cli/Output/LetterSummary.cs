using ImrParsing.Cli.Inputs;
using ImrParsing.Syntax;

namespace ImrParsing.Cli.Output;

/// <summary>What <c>imr stats</c> keeps of a letter: small, so that batches of any size fit in memory.</summary>
/// <param name="Failed">True when the input failed.</param>
/// <param name="Decisions">Each item's decision, null where it is missing.</param>
/// <param name="Specialties">The reviewer's specialties.</param>
internal sealed record LetterSummary(bool Failed, IReadOnlyList<Decision?> Decisions, IReadOnlyList<string> Specialties)
{
    public static LetterSummary Of(Letter letter) => letter.Document is not { } document
        ? new LetterSummary(true, [], [])
        : new LetterSummary(
            false,
            [.. document.Items.Select(item => item.Decision?.Value)],
            [.. (document.Reviewer?.Specialties ?? []).Select(specialty => specialty.Value)]);
}
