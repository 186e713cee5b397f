using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Samples.OtherRules;

/// <summary>A guideline source the 2016 letters do not cite: the MTUS Drug Formulary.</summary>
public static class DrugFormulary
{
    // <docs:citation-form>
    /// <summary>
    /// "MTUS Drug Formulary, Section(s): Opioids": a title without a year, which no built-in form
    /// reads. Its sections end where a chained citation of any form begins (<see cref="CitationParts"/>).
    /// </summary>
    public static CitationForm Form { get; } = new(
        "drugFormulary",
        "Drug Formulary, Section(s): Opioids",
        TextParsers.Phrase("Drug Formulary"),
        parts => Parser.Map(
            (start, title, sections, end) => new CitationSyntax
            {
                Mtus = true, Range = new OffsetRange(start, end), Title = title, Sections = sections,
            },
            TextParsers.Offset,
            TextParsers.Captured(TextParsers.Phrase("Drug Formulary")).Select(range => (OffsetRange?)range),
            TextParsers.Phrase(", Section(s):").Then(TextParsers.Space).Then(parts.SectionsOrNone)
                .Or(Parser<char>.Return(ImmutableArray<OffsetRange>.Empty)),
            TextParsers.Offset));

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
