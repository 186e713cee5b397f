using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Samples.DecisionWording;

// <docs:decision-wording>
/// <summary>
/// Another wording of the decisions: "Reversed" for an overturned denial at the end of a request
/// line ("MRI of the left knee: Reversed"), and "is (not) medically indicated" in the numbered
/// sentences of the older layouts ("1. Physical therapy ... is not medically indicated.").
/// </summary>
public static class ReversedDecisions
{
    /// <summary>Adds the wording to <paramref name="builder"/>.</summary>
    /// <returns>The builder, to chain calls.</returns>
    public static ImrParserBuilder AddReversedDecisions(this ImrParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.DecisionWords.Add(new DecisionWord("Reversed", Decision.Overturned));

        // Phrases are tried in order after "is", "are", "was" or "were"; "not ..." goes first so
        // that the positive phrase never reads part of a negative one.
        builder.VerdictPhrases
            .Add(new VerdictPhrase("not medically indicated", Decision.Upheld))
            .Add(new VerdictPhrase("medically indicated", Decision.Overturned));
        return builder;
    }
}
// </docs:decision-wording>
