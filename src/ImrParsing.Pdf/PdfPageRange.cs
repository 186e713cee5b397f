namespace ImrParsing.Pdf;

/// <summary>The pages a span covers, 1-based and inclusive.</summary>
/// <param name="First">The page where it starts.</param>
/// <param name="Last">The page of its last character (the same as <paramref name="First"/> for a span on one page).</param>
public readonly record struct PdfPageRange(int First, int Last)
{
    /// <inheritdoc />
    public override string ToString() => First == Last ? $"page {First}" : $"pages {First}-{Last}";
}
