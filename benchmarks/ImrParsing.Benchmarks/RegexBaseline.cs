using System.Text.RegularExpressions;

namespace ImrParsing.Benchmarks;

/// <summary>What the hand-written regex extractor returns: fewer fields than the parser, no spans.</summary>
public sealed record RegexLetter(
    string? CaseNumber,
    IReadOnlyList<string> HeaderDates,
    string? Priority,
    string? StatesOfLicensure,
    string? Specialty,
    int? PatientAge,
    string? PatientSex,
    IReadOnlyList<(string Request, string Decision)> Items);

/// <summary>
/// The baseline: the extractor a competent user would write by hand with source-generated
/// (compiled) regular expressions for the contract fields: the header (case number, the dates
/// before the first heading, priority), the reviewer (states of licensure, specialty), the
/// patient's age and sex, and each item's request and decision. It reads the common layout only
/// and keeps no spans; it is written plainly, neither crippled nor tuned to lose.
/// </summary>
public static partial class RegexBaseline
{
    [GeneratedRegex(@"\bCM\d{2}-\d{7}\b")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex Date();

    [GeneratedRegex(@"\b(Standard|Expedited)\b")]
    private static partial Regex Priority();

    [GeneratedRegex(@"^HOW THE IMR FINAL DETERMINATION WAS MADE", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();

    [GeneratedRegex(@"State\(s\) of Licensure:\s*(?<value>[^\r\n]+)")]
    private static partial Regex Licensure();

    [GeneratedRegex(@"Certification\(s\)/Specialty:\s*(?<value>[^\r\n]+)")]
    private static partial Regex Specialty();

    [GeneratedRegex(@"\b(?<age>\d{1,3})[- ]year[- ]old\s+(?<sex>male|female|man|woman)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Patient();

    [GeneratedRegex(@"^(?<request>[^\r\n:][^\r\n]*?):\s*(?<decision>Upheld|Overturned)\s*$", RegexOptions.Multiline)]
    private static partial Regex Item();

    /// <summary>Extracts the fields from a letter's text.</summary>
    public static RegexLetter Extract(string text)
    {
        var heading = FirstHeading().Match(text);
        int headerEnd = heading.Success ? heading.Index : Math.Min(text.Length, 600);
        var dates = new List<string>();
        for (var match = Date().Match(text, 0, headerEnd); match.Success; match = match.NextMatch())
        {
            dates.Add(match.Value);
        }

        var caseNumber = CaseNumber().Match(text, 0, headerEnd);
        var priority = Priority().Match(text, 0, headerEnd);
        var licensure = Licensure().Match(text);
        var specialty = Specialty().Match(text);
        var patient = Patient().Match(text);
        var items = new List<(string, string)>();
        foreach (Match item in Item().Matches(text))
        {
            items.Add((item.Groups["request"].Value.Trim(), item.Groups["decision"].Value));
        }

        return new RegexLetter(
            caseNumber.Success ? caseNumber.Value : null,
            dates,
            priority.Success ? priority.Value : null,
            licensure.Success ? licensure.Groups["value"].Value.Trim() : null,
            specialty.Success ? specialty.Groups["value"].Value.Trim() : null,
            patient.Success ? int.Parse(patient.Groups["age"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null,
            patient.Success ? patient.Groups["sex"].Value.ToLowerInvariant() : null,
            items);
    }
}
