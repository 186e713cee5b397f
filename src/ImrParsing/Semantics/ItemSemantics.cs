using ImrParsing.Diagnostics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Interprets an item's guideline parts and rationale further: the citations and flags of each
/// guideline, the rationale's conclusion, whether that conclusion agrees with the decision, and
/// whether the request names a service the parser knows.
/// </summary>
internal static class ItemSemantics
{
    /// <summary>
    /// The item with its request's <paramref name="details"/> and its guideline parts and
    /// rationale read further, made once.
    /// </summary>
    public static DisputedItem Read(IReaderContext context, ItemHead item, RequestDetails? details, ItemPart? claimsGuideline, ItemPart? maximusGuideline, ItemPart? rationaleText)
    {
        var claims = claimsGuideline is { } c
            ? GuidelineReader.Read(context, c.Text, c.Span, item.Number, "Claims Administrator guideline")
            : null;
        var maximus = maximusGuideline is { } m
            ? GuidelineReader.Read(context, m.Text, m.Span, item.Number, "MAXIMUS guideline")
            : null;
        var rationale = rationaleText is { } r ? ConclusionReader.Read(context, r.Text, r.Span, item.Number) : null;
        if (item.Decision is { } decision && rationale?.Conclusion is { } conclusion && Contradicts(decision.Value, conclusion.Value))
        {
            context.Report(
                ImrDiagnostics.ConclusionContradictsDecision,
                conclusion.Span,
                item.Number,
                decision.Text,
                Describe(conclusion.Value),
                Excerpt.Of(conclusion.Text));
        }

        if (item.Request is { } request && details is { Service: null })
        {
            context.Report(ImrDiagnostics.UnknownService, request.Span, item.Number, Excerpt.Of(request.Value));
        }

        return new DisputedItem
        {
            Number = item.Number,
            Span = item.Span,
            Decision = item.Decision,
            Request = item.Request,
            OriginalRequest = item.OriginalRequest,
            Authorized = item.Authorized,
            Details = details,
            ClaimsAdministratorGuideline = claims,
            MaximusGuideline = maximus,
            Rationale = rationale,
        };
    }

    /// <summary>True when a rationale that concludes <paramref name="conclusion"/> argues for the opposite of <paramref name="decision"/>.</summary>
    public static bool Contradicts(Decision decision, RationaleConclusion conclusion) => decision switch
    {
        Decision.Upheld => conclusion is RationaleConclusion.MedicallyNecessary or RationaleConclusion.Certified,
        Decision.Overturned => conclusion is RationaleConclusion.NotMedicallyNecessary or RationaleConclusion.NonCertified,
        _ => false,
    };

    private static string Describe(RationaleConclusion conclusion) => conclusion switch
    {
        RationaleConclusion.MedicallyNecessary => "medically necessary",
        RationaleConclusion.NotMedicallyNecessary => "not medically necessary",
        RationaleConclusion.Certified => "certified",
        _ => "non-certified",
    };
}

/// <summary>A guideline part's or the rationale's text after its label, and the part's span.</summary>
internal readonly record struct ItemPart(TextValue? Text, TextSpan Span);

/// <summary>What an item's head states, before its parts are read: the item is made once, from it and them.</summary>
internal readonly record struct ItemHead(int Number, TextSpan Span)
{
    public Spanned<Decision>? Decision { get; init; }

    public TextValue? Request { get; init; }

    public TextValue? OriginalRequest { get; init; }

    public TextValue? Authorized { get; init; }

    /// <summary>The head of an item a section's own reader made (the older layouts').</summary>
    public static ItemHead Of(DisputedItem item) => new(item.Number, item.Span)
    {
        Decision = item.Decision,
        Request = item.Request,
        OriginalRequest = item.OriginalRequest,
        Authorized = item.Authorized,
    };
}
