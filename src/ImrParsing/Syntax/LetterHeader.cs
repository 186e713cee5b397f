using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>The header table at the top of the letter ("Case Number: CM16-0213037", ...).</summary>
public sealed record LetterHeader
{
    /// <summary>The DWC case number ("CM16-0213037").</summary>
    public TextValue? CaseNumber { get; init; }

    /// <summary>The date the case was assigned to MAXIMUS.</summary>
    public Spanned<DateOnly>? DateAssigned { get; init; }

    /// <summary>The date of the Final Determination.</summary>
    public Spanned<DateOnly>? DecisionDate { get; init; }

    /// <summary>The review's priority ("Standard", "Expedited").</summary>
    public TextValue? Priority { get; init; }

    /// <summary>The date of injury the claim gives.</summary>
    public Spanned<DateOnly>? DateOfInjury { get; init; }

    /// <summary>The date of the utilization review denial.</summary>
    public Spanned<DateOnly>? UrDenialDate { get; init; }

    /// <summary>The date the application for IMR was received.</summary>
    public Spanned<DateOnly>? ApplicationReceived { get; init; }

    /// <summary>The table's text, from its first label to its last value.</summary>
    public TextSpan Span { get; init; }
}
