using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>Turns ranges of a request's spelled text (<see cref="RequestText"/>) into values spanning the exact source words.</summary>
internal sealed class ValueMaker(string source, RequestText request, Func<int, int, TextSpan> span)
{
    public Spanned<T> Spanned<T>(T value, OffsetRange range) => Syntax.Spanned<T>.FromSource(value, source, Span(range));

    public TextValue Text(OffsetRange range) => TextValue.FromSource(source, Span(range));

    public MedicationDetails Medication(MedicationReading reading) => new()
    {
        Drug = Optional(reading.Drug),
        Strength = reading.Ingredients.Count > 1 ? null : Optional(reading.Strength),
        Form = Optional(reading.Form),
        Quantity = reading.Quantity,
        Directions = Optional(reading.Directions),
        Refills = reading.Refills,
        Ingredients = reading.Ingredients.Count > 1
            ? [.. reading.Ingredients.Select(ingredient => new MedicationIngredient { Drug = Text(ingredient.Name), Strength = Optional(ingredient.Strength) })]
            : [],
    };

    public TextValue? Optional(OffsetRange? range) => range is { IsEmpty: false } found ? Text(found) : null;

    private TextSpan Span(OffsetRange range)
    {
        var found = request.SourceRange(range);
        return span(found.Start, found.End);
    }
}
