using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Lexing;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Samples.OtherRules;

/// <summary>A guideline source the 2016 letters do not cite: the MTUS Drug Formulary.</summary>
public static class DrugFormulary
{
    // <docs:citation-form>
    /// <summary>
    /// "MTUS Drug Formulary, Section(s): Opioids": a title without a year, which no built-in form
    /// reads. The rule is a grammar over the statement's tokens, made of <see cref="CitationParts"/>' blocks;
    /// its sections end where a chained citation of any form begins.
    /// </summary>
    public static CitationForm Form { get; } = new(
        "drugFormulary",
        "Drug Formulary, Section(s): Opioids",
        CitationParts.Phrase("Drug Formulary").IgnoreResult(),
        parts => Parser.Map(
            (title, sections) => new CitationSyntax { Title = title, Sections = sections },
            CitationParts.Phrase("Drug Formulary"),
            CitationParts.Phrase(", Section(s):").Then(parts.SectionsOrNone)
                .Or(Parser<Token>.Return(ImmutableArray<TextSpan>.Empty))));

    /// <summary>Adds the form after the built-in ones.</summary>
    /// <returns>The builder, to chain calls.</returns>
    public static ImrParserBuilder AddDrugFormulary(this ImrParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.CitationForms.Add(Form);
        return builder;
    }
    // </docs:citation-form>
}
