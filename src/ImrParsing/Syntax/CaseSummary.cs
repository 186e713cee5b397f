using System.Collections.Immutable;
using ImrParsing.Text;

namespace ImrParsing.Syntax;

/// <summary>The expert reviewer's clinical case summary.</summary>
public sealed record CaseSummary
{
    /// <summary>The narrative, without the sentence that introduces it.</summary>
    public TextValue? Text { get; init; }

    /// <summary>What the narrative says of the patient.</summary>
    public Patient Patient { get; init; } = Patient.None;

    /// <summary>
    /// The date of injury as the narrative states it ("sustained an industrial injury on
    /// 04/07/2014", "a history of an occupational claim from 10/13/2016"); null when it does not.
    /// It can differ from the header table's; diagnostic IMR4002 then says so.
    /// </summary>
    public Spanned<DateOnly>? DateOfInjury { get; init; }

    /// <summary>Every date the narrative states, in order.</summary>
    public ImmutableArray<Spanned<DateOnly>> Dates { get; init; } = [];

    /// <summary>The section's body.</summary>
    public TextSpan Span { get; init; }
}
