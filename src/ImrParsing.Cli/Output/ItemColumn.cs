using System.Globalization;
using ImrParsing.Syntax;

namespace ImrParsing.Cli.Output;

/// <summary>
/// One column of the table <c>imr parse</c> writes as CSV or Parquet, one row per disputed item:
/// its header, its type and how a row's value is read.
/// </summary>
/// <param name="Name">The header, snake_case so that pandas, R and SQL take it as is.</param>
/// <param name="Type">What the values are: text, a date or an integer.</param>
/// <param name="Value">The value for a letter and one of its items (null for a letter without items): a string, a <see cref="DateOnly"/> or an int as <paramref name="Type"/> says; null for an empty cell.</param>
internal sealed record ItemColumn(string Name, ColumnType Type, Func<ImrDocument, DisputedItem?, object?> Value)
{
    /// <summary>
    /// The columns, in order: the letter's key fields (repeated on each of its items' rows), then
    /// the item's. Several values in one cell (states, specialties) are joined with "; ".
    /// </summary>
    public static IReadOnlyList<ItemColumn> All { get; } =
    [
        Text("case_number", (letter, _) => letter.Header?.CaseNumber?.Value),
        Date("date_assigned", (letter, _) => letter.Header?.DateAssigned),
        Date("decision_date", (letter, _) => letter.Header?.DecisionDate),
        // The header table's, or for letters without one, the one the case summary states.
        Date("date_of_injury", (letter, _) => letter.Header?.DateOfInjury ?? letter.CaseSummary?.DateOfInjury),
        Date("ur_denial_date", (letter, _) => letter.Header?.UrDenialDate),
        Date("application_received", (letter, _) => letter.Header?.ApplicationReceived),
        Text("priority", (letter, _) => letter.Header?.Priority?.Value),
        Text("reviewer_specialties", (letter, _) => Join(letter.Reviewer?.Specialties)),
        Text("reviewer_subspecialties", (letter, _) => Join(letter.Reviewer?.Subspecialties)),
        Text("reviewer_states", (letter, _) => Join(letter.Reviewer?.LicensureStates)),
        Integer("patient_age", (letter, _) => letter.CaseSummary?.Patient.Age?.Value),
        Text("patient_sex", (letter, _) => Lower(letter.CaseSummary?.Patient.Sex?.Value)),
        Integer("item_number", (_, item) => item?.Number),
        Text("request", (_, item) => item?.Request?.Value),
        Text("original_request", (_, item) => item?.OriginalRequest?.Value),
        Text("authorized", (_, item) => item?.Authorized?.Value),
        Text("decision", (_, item) => Lower(item?.Decision?.Value)),
        Text("service", (_, item) => item?.Details?.Service?.Value),
        // The first MTUS guideline MAXIMUS cites: "Chronic Pain Medical Treatment 2016", then its sections.
        Text("mtus_citation", (_, item) => FirstMtusCitation(item) is { } citation ? Join(citation.Title?.Value, citation.Year?.Value.ToString(CultureInfo.InvariantCulture)) : null),
        Text("mtus_sections", (_, item) => Join(FirstMtusCitation(item)?.Sections)),
        Text("maximus_guideline", (_, item) => item?.MaximusGuideline?.Text?.Value),
        Text("claims_administrator_guideline", (_, item) => item?.ClaimsAdministratorGuideline?.Text?.Value),
    ];

    /// <summary>The value as CSV writes it: dates ISO (<c>2016-12-09</c>), integers in invariant digits; null for an empty cell.</summary>
    public string? TextOf(ImrDocument letter, DisputedItem? item) => Value(letter, item) switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        var value => (string?)value,
    };

    private static ItemColumn Text(string name, Func<ImrDocument, DisputedItem?, string?> value) => new(name, ColumnType.Text, value);

    private static ItemColumn Date(string name, Func<ImrDocument, DisputedItem?, Spanned<DateOnly>?> value) =>
        new(name, ColumnType.Date, (letter, item) => value(letter, item)?.Value);

    private static ItemColumn Integer(string name, Func<ImrDocument, DisputedItem?, int?> value) =>
        new(name, ColumnType.Integer, (letter, item) => value(letter, item));

    private static GuidelineCitation? FirstMtusCitation(DisputedItem? item) =>
        item?.MaximusGuideline?.Citations.FirstOrDefault(citation => citation.Mtus);

    private static string? Join(string? first, string? second) =>
        first is null && second is null ? null : string.Join(' ', new[] { first, second }.Where(part => part is not null));

    private static string? Join(IEnumerable<TextValue>? values) => values is null ? null : string.Join("; ", values.Select(value => value.Value));

    // Enums as the JSON writes them: "upheld", "female".
    private static string? Lower<T>(T? value)
        where T : struct, Enum => value?.ToString().ToLowerInvariant();
}

/// <summary>What an <see cref="ItemColumn"/> holds.</summary>
internal enum ColumnType
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A <see cref="DateOnly"/> (CSV: ISO; Parquet: DATE).</summary>
    Date,

    /// <summary>An int (Parquet: INT32).</summary>
    Integer,
}
