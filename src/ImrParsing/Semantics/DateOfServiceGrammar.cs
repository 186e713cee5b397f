namespace ImrParsing.Semantics;

/// <summary>
/// The words retrospective requests date their service with: "DOS: 11/11/2016", "(DOS 12/29/16)",
/// "date of service 11/14/16", and the order a retrospective medication request refers to, "per
/// 12/07/2016 order". <see cref="DateOfServiceReader"/> reads them.
/// </summary>
internal static class DateOfServiceGrammar
{
    /// <summary>The words that say a date of service follows ("DOS: 11/11/2016"), in the order they are tried.</summary>
    internal static readonly string[] Labels = ["DOS", "dates of service", "date of service"];

    /// <summary>The word before the date of the order a request refers to: "per 12/07/2016 order".</summary>
    internal const string Per = "per";

    /// <summary>The word after the date of the order: "per 12/07/2016 order".</summary>
    internal const string Order = " order";

    /// <summary>The phrases a date of service starts with, where a reader tries <see cref="DateOfServiceReader"/>.</summary>
    public static IEnumerable<string> Leads { get; } = [.. Labels, Per];
}
