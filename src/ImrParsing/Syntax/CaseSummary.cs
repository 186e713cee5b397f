using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>The expert reviewer's clinical case summary.</summary>
public sealed record CaseSummary
{
    /// <summary>The narrative, without the sentence that introduces it.</summary>
    public TextValue? Text { get; init; }

    /// <summary>What the narrative says of the patient.</summary>
    public Patient Patient { get; init; } = new();

    /// <summary>The section's body.</summary>
    public TextSpan Span { get; init; }
}
