using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>The reviewer's reasons for the decision ("Decision rationale: ...").</summary>
public sealed record Rationale
{
    /// <summary>The text after the label.</summary>
    public TextValue? Text { get; init; }

    /// <summary>
    /// The conclusion the rationale ends with, as stated ("the request is not medically necessary"):
    /// its last statement of medical necessity or certification, the span covering the statement's
    /// words ("not medically necessary", "Medical necessity has not been established"); null when it states none.
    /// </summary>
    public Spanned<RationaleConclusion>? Conclusion { get; init; }

    /// <summary>The label line and its continuation.</summary>
    public TextSpan Span { get; init; }
}
