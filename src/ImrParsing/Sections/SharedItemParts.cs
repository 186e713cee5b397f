using ImrParsing.Syntax;

namespace ImrParsing.Sections;

/// <summary>
/// Parts that a section states once for the disputed items of the whole letter, which the document
/// gives to each item that lacks them: the reviewer's report of the "MEDICAL PROFESSIONAL REVIEW"
/// layout has one guidelines section and one rationale section, whose heading carries the decision.
/// </summary>
internal sealed record SharedItemParts
{
    /// <summary>The evidence the reviewer relied on.</summary>
    public Guideline? MaximusGuideline { get; init; }

    /// <summary>The reviewer's reasons.</summary>
    public Rationale? Rationale { get; init; }

    /// <summary>The decision the section states.</summary>
    public Spanned<Decision>? Decision { get; init; }

    /// <summary>
    /// Gives every item the parts it lacks from the first of <paramref name="shared"/> that has
    /// each; with no item to take them, they make one (its request missing).
    /// </summary>
    internal static void GiveTo(List<DisputedItem> items, IReadOnlyList<SharedItemParts> shared)
    {
        Guideline? guideline = null;
        Rationale? rationale = null;
        Spanned<Decision>? decision = null;
        for (int k = 0; k < shared.Count; k++)
        {
            guideline ??= shared[k].MaximusGuideline;
            rationale ??= shared[k].Rationale;
            decision ??= shared[k].Decision;
        }

        if (guideline is null && rationale is null && decision is null)
        {
            return;
        }

        if (items.Count == 0)
        {
            items.Add(new DisputedItem { Number = 1, Span = rationale?.Span ?? guideline?.Span ?? decision!.Value.Span });
        }

        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            items[i] = item with
            {
                MaximusGuideline = item.MaximusGuideline ?? guideline,
                Rationale = item.Rationale ?? rationale,
                Decision = item.Decision ?? decision,
            };
        }
    }
}
