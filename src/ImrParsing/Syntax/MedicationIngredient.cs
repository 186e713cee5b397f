using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>One ingredient of a compounded medication ("Baclofen 5%"), or one drug of an injection ("2cc of bupivacaine 0.5%").</summary>
public sealed record MedicationIngredient
{
    /// <summary>The ingredient's name.</summary>
    public TextValue? Drug { get; init; }

    /// <summary>Its strength, when stated.</summary>
    public TextValue? Strength { get; init; }

    /// <summary>The amount given, when stated before the drug ("2cc" of "2cc of bupivacaine 0.5%", "80mg" of "80mg Depo-Medrol").</summary>
    public TextValue? Amount { get; init; }
}
