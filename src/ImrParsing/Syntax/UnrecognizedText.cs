namespace ImrParsing.Syntax;

/// <summary>Text the grammar could not interpret. It is kept, never dropped, and a warning says where it is.</summary>
public sealed record UnrecognizedText
{
    /// <summary>The name of the section the text is in.</summary>
    public required string Section { get; init; }

    /// <summary>The text.</summary>
    public required TextValue Text { get; init; }
}
