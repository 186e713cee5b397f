using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>One ingredient of a compounded medication ("Baclofen 5%").</summary>
public sealed record MedicationIngredient
{
    /// <summary>The ingredient's name.</summary>
    public TextValue? Drug { get; init; }

    /// <summary>Its strength, when stated.</summary>
    public TextValue? Strength { get; init; }
}
