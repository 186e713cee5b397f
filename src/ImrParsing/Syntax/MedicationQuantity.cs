using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// The quantity of a medication: a count of units ("#60", "#1 box", "One container") and/or an
/// amount with its unit ("240g", "#60 grams", "420ml"); "120grams #1" has both.
/// </summary>
public sealed record MedicationQuantity
{
    /// <summary>The quantity as written.</summary>
    public TextValue? Text { get; init; }

    /// <summary>The number of units or containers ("60" of "#60", "1" of "120grams #1").</summary>
    public Spanned<int>? Count { get; init; }

    /// <summary>The measured amount ("240" of "240g", "60" of "#60 grams").</summary>
    public Spanned<decimal>? Amount { get; init; }

    /// <summary>The unit of <see cref="Amount"/>, canonical ("g" for "grams", "gm"; "ml"), with its words.</summary>
    public Spanned<string>? Unit { get; init; }
}
