using System.Globalization;
using ImrParsing.Syntax;

namespace ImrParsing.Cli.Output;

/// <summary>One column of <c>imr parse --format csv</c>: its header and how a row's value is read.</summary>
/// <param name="Name">The header, snake_case so that pandas and R take it as is.</param>
/// <param name="Value">The value for a letter and one of its items (null for a letter without items); null for an empty cell.</param>
internal sealed record CsvColumn(string Name, Func<ImrDocument, DisputedItem?, string?> Value)
{
    /// <summary>
    /// The columns, in order: the letter's key fields (repeated on each of its items' rows), then
    /// the item's. Several values in one cell (states, specialties) are joined with "; ".
    /// </summary>
    public static IReadOnlyList<CsvColumn> All { get; } =
    [
        new("case_number", (letter, _) => letter.Header?.CaseNumber?.Value),
        new("date_assigned", (letter, _) => Date(letter.Header?.DateAssigned)),
        new("decision_date", (letter, _) => Date(letter.Header?.DecisionDate)),
        // The header table's, or for letters without one, the one the case summary states.
        new("date_of_injury", (letter, _) => Date(letter.Header?.DateOfInjury ?? letter.CaseSummary?.DateOfInjury)),
        new("ur_denial_date", (letter, _) => Date(letter.Header?.UrDenialDate)),
        new("application_received", (letter, _) => Date(letter.Header?.ApplicationReceived)),
        new("priority", (letter, _) => letter.Header?.Priority?.Value),
        new("reviewer_specialties", (letter, _) => Join(letter.Reviewer?.Specialties)),
        new("reviewer_subspecialties", (letter, _) => Join(letter.Reviewer?.Subspecialties)),
        new("reviewer_states", (letter, _) => Join(letter.Reviewer?.LicensureStates)),
        new("patient_age", (letter, _) => letter.CaseSummary?.Patient.Age?.Value.ToString(CultureInfo.InvariantCulture)),
        new("patient_sex", (letter, _) => Lower(letter.CaseSummary?.Patient.Sex?.Value)),
        new("item_number", (_, item) => item?.Number.ToString(CultureInfo.InvariantCulture)),
        new("request", (_, item) => item?.Request?.Value),
        new("original_request", (_, item) => item?.OriginalRequest?.Value),
        new("authorized", (_, item) => item?.Authorized?.Value),
        new("decision", (_, item) => Lower(item?.Decision?.Value)),
        new("service", (_, item) => item?.Details?.Service?.Value),
        // The first MTUS guideline MAXIMUS cites: "Chronic Pain Medical Treatment 2016", then its sections.
        new("mtus_citation", (_, item) => FirstMtusCitation(item) is { } citation ? Join(citation.Title?.Value, citation.Year?.Value.ToString(CultureInfo.InvariantCulture)) : null),
        new("mtus_sections", (_, item) => Join(FirstMtusCitation(item)?.Sections)),
        new("maximus_guideline", (_, item) => item?.MaximusGuideline?.Text?.Value),
        new("claims_administrator_guideline", (_, item) => item?.ClaimsAdministratorGuideline?.Text?.Value),
    ];

    private static GuidelineCitation? FirstMtusCitation(DisputedItem? item) =>
        item?.MaximusGuideline?.Citations.FirstOrDefault(citation => citation.Mtus);

    private static string? Join(string? first, string? second) =>
        first is null && second is null ? null : string.Join(' ', new[] { first, second }.Where(part => part is not null));

    private static string? Date(Spanned<DateOnly>? date) => date?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Join(IEnumerable<TextValue>? values) => values is null ? null : string.Join("; ", values.Select(value => value.Value));

    // Enums as the JSON writes them: "upheld", "female".
    private static string? Lower<T>(T? value)
        where T : struct, Enum => value?.ToString().ToLowerInvariant();
}
