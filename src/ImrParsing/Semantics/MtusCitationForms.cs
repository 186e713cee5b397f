using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Lexing;
using static Pidgin.Parser;

namespace ImrParsing.Semantics;

/// <summary>
/// The forms of an MTUS guideline citation, in the order they are tried (<see cref="All"/>), written
/// as token grammars with <see cref="CitationParts"/>: the description of what
/// <see cref="MtusStatementReader"/> reads by hand with these forms, and what a parser with other
/// forms runs. Chained citations are separated by ", and ", " and " or a comma ("Low Back
/// Complaints 2004, Section(s): Physical Methods, and Chronic Pain Medical Treatment 2009,
/// Section(s): TENS, chronic pain (...)").
/// </summary>
internal static class MtusCitationForms
{
    /// <summary>
    /// The DWC letters' form: "Low Back Complaints 2004, Section(s): Special Studies",
    /// "Chronic Pain Medical Treatment 2009 Guidelines, Section(s): Proton Pump Inhibitors (PPIs)",
    /// "Acupuncture Treatment 2009".
    /// </summary>
    public static CitationForm TitleAndYear { get; } = new(
        "titleAndYear",
        "Low Back Complaints 2004, Section(s): Special Studies",
        CitationParts.ChainedTitleBeforeYear.Then(CitationParts.Year).IgnoreResult(),
        parts => Map(
            (title, year, sections, pages) => new CitationSyntax { Title = title, Year = year, Sections = sections, Pages = pages },
            CitationParts.TitleBeforeYear,
            CitationParts.Year.Before(CitationParts.Phrase(" Guidelines").Optional()),
            parts.LabelledSections,
            CitationParts.PagesOrNone));

    /// <summary>The older letters' ACOEM chapters: "ACOEM Chapter 12 Low Back Complaints Page(s): 298".</summary>
    public static CitationForm AcoemChapter { get; } = new(
        "acoemChapter",
        "ACOEM Chapter 12 Low Back Complaints Page(s): 298",
        CitationParts.AcoemChapter.IgnoreResult(),
        Map(
            (chapter, title, pages) => new CitationSyntax { Chapter = chapter, Title = title, Pages = pages },
            CitationParts.AcoemChapter,
            CitationParts.AcoemTitle,
            CitationParts.PagesOrNone));

    /// <summary>
    /// The older letters' named guidelines: "Chronic Pain Treatment Guidelines Carisoprodol (Soma),
    /// Page(s): 29", "Chronic Pain Treatment Guidelines (Effective July 18, 2009) Page(s): 98",
    /// "Acupuncture Treatment Guidelines".
    /// </summary>
    public static CitationForm NamedGuidelines { get; } = new(
        "namedGuidelines",
        "Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99",
        CitationParts.TitleBeforeGuidelines.Then(CitationParts.Phrase(" Guidelines")).IgnoreResult(),
        parts => Map(
            (title, effective, sections, pages) => new CitationSyntax
            {
                Title = title,
                EffectiveDate = effective.HasValue ? effective.Value : null,
                Sections = sections,
                Pages = pages,
            },
            CitationParts.TitleBeforeGuidelines.Before(CitationParts.Phrase(" Guidelines")),
            CitationParts.EffectiveDate.Optional(),
            parts.SpacedSections,
            CitationParts.PagesOrNone));

    /// <summary>Every form, in the order they are tried.</summary>
    public static ImmutableArray<CitationForm> All { get; } = [TitleAndYear, AcoemChapter, NamedGuidelines];
}
