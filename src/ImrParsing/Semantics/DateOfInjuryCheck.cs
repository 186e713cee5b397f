using ImrParsing.Diagnostics;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

/// <summary>
/// Holds the case summary's date of injury against the header table's once both sections are
/// read: real letters do disagree (a narrative's "industrial injury of October 10, 2015" under a
/// header's 10/10/2016), and both are kept, with a warning.
/// </summary>
internal static class DateOfInjuryCheck
{
    /// <summary>IMR4002 at the narrative's date when both dates are stated and differ; otherwise null.</summary>
    public static Diagnostic? Check(LetterHeader? header, CaseSummary? caseSummary)
    {
        if (header?.DateOfInjury is not { } stated || caseSummary?.DateOfInjury is not { } narrated || stated.Value == narrated.Value)
        {
            return null;
        }

        return ImrDiagnostics.DateOfInjuryMismatch.Create(narrated.Span, Iso(narrated.Value), Iso(stated.Value));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
