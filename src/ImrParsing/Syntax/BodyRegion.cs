namespace ImrParsing.Syntax;

/// <summary>A body region a request names, with the side stated for it.</summary>
public sealed record BodyRegion
{
    /// <summary>The canonical region ("lumbar spine", "shoulder", "upper extremity") with the words that name it ("low back", "shoulders", "RUE").</summary>
    public Spanned<string> Region { get; init; }

    /// <summary>The side the request states for this region ("right" in "right knee"); null when it states none.</summary>
    public Spanned<BodySide>? Side { get; init; }
}
