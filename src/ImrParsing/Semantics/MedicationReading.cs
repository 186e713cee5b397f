using ImrParsing.Syntax;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>What the <see cref="MedicationReader"/> found: ranges of the request's spelled text, the quantity and refills already values.</summary>
internal sealed class MedicationReading
{
    public OffsetRange? Drug { get; set; }

    public OffsetRange? Strength { get; set; }

    public OffsetRange? Form { get; set; }

    public OffsetRange? QuantityRange { get; set; }

    public MedicationQuantity? Quantity { get; set; }

    public OffsetRange? Directions { get; set; }

    public Spanned<int>? Refills { get; set; }

    public List<(OffsetRange Name, OffsetRange? Strength)> Ingredients { get; } = [];

    /// <summary>True when a strength was read ("50mg"): the mark of a medication whatever its name.</summary>
    public bool HasStrength => Ingredients.Any(ingredient => ingredient.Strength is not null && !ingredient.Strength.Value.IsEmpty);
}
