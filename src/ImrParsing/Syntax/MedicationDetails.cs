using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>
/// A requested medication as the request writes it: "Norco 10/325mg #60", "Voltaren gel apply to
/// affected area 4 times a day, #60 grams with 1 refill".
/// </summary>
public sealed record MedicationDetails
{
    /// <summary>
    /// The drug's name ("Norco", "Oxycodone HCL ER", "Meloxicam (Mobic)"); for a compound, the whole
    /// list of its ingredients ("Flurbiprofen 20%, Baclofen 5%, ...") with each in <see cref="Ingredients"/>.
    /// </summary>
    public TextValue? Drug { get; init; }

    /// <summary>The strength ("10/325mg", "5%", "25mg/ml"); null for a compound (see <see cref="Ingredients"/>) or when not stated.</summary>
    public TextValue? Strength { get; init; }

    /// <summary>The dosage form ("patch", "oral suspension", "cream base"), when stated.</summary>
    public TextValue? Form { get; init; }

    /// <summary>The quantity dispensed ("#60", "240g", "120grams #1"), when stated.</summary>
    public MedicationQuantity? Quantity { get; init; }

    /// <summary>The directions for use ("1 by mouth twice daily", "apply to affected area 4 times a day"), when stated.</summary>
    public TextValue? Directions { get; init; }

    /// <summary>The number of refills ("1" of "with 1 refill", "Two" of "Two refills of"), when stated.</summary>
    public Spanned<int>? Refills { get; init; }

    /// <summary>The ingredients of a compound, each with its strength where stated; empty for a single drug.</summary>
    public ImmutableArray<MedicationIngredient> Ingredients { get; init; } = [];
}
