using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>One disputed treatment or service and the decision on it.</summary>
public sealed record DisputedItem
{
    /// <summary>1-based position of the item in the letter.</summary>
    public int Number { get; init; }

    /// <summary>
    /// The treatment that was decided, as the letter states it before the decision word; for a
    /// partial authorization, the remaining portion of the original request. Null when the head is missing.
    /// </summary>
    public TextValue? Request { get; init; }

    /// <summary>Upheld or Overturned; null when the decision word is missing.</summary>
    public Spanned<Decision>? Decision { get; init; }

    /// <summary>For a partial authorization, the original request; null otherwise.</summary>
    public TextValue? OriginalRequest { get; init; }

    /// <summary>For a partial authorization, the part the Claims Administrator authorized; null otherwise.</summary>
    public TextValue? Authorized { get; init; }

    /// <summary>
    /// What <see cref="Request"/> asks for, decomposed where its words allow (service, body regions,
    /// quantity, medication, date of service); null when the request is missing.
    /// </summary>
    public RequestDetails? Details { get; init; }

    /// <summary>The evidence the Claims Administrator's utilization review relied on.</summary>
    public Guideline? ClaimsAdministratorGuideline { get; init; }

    /// <summary>The evidence the MAXIMUS expert reviewer relied on.</summary>
    public Guideline? MaximusGuideline { get; init; }

    /// <summary>The reviewer's reasons.</summary>
    public Rationale? Rationale { get; init; }

    /// <summary>The item's text, from its request to the end of its rationale.</summary>
    public TextSpan Span { get; init; }
}
