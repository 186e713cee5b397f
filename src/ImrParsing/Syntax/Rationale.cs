using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>The reviewer's reasons for the decision ("Decision rationale: ...").</summary>
public sealed record Rationale
{
    /// <summary>The text after the label.</summary>
    public TextValue? Text { get; init; }

    /// <summary>The label line and its continuation.</summary>
    public TextSpan Span { get; init; }
}
