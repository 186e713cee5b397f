using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The forms of an MTUS guideline citation, in the order they are tried (<see cref="All"/>), and
/// how chained citations are separated ("Low Back Complaints 2004, Section(s): Physical Methods,
/// and Chronic Pain Medical Treatment 2009, Section(s): TENS, chronic pain (...)"). The rules that
/// depend on the whole list of forms are those of <see cref="PidginCitationRules.Default"/>; a parser
/// with other forms has its own <see cref="PidginCitationRules"/>.
/// </summary>
internal static class PidginCitationForms
{
    /// <summary>What separates two chained citations: ", and ", " and ", or a comma.</summary>
    public static Parser<char, Unit> Separator { get; } = PidginTextParsers.StartingWith(
        "," + PidginTextParsers.AnySpaceChars,
        OneOf(TextParsers.Phrase(", and "), TextParsers.Phrase(" and "), Char(',').Then(TextParsers.Space)));

    /// <summary>Where the sections or title of a citation end, in the default list (<see cref="PidginCitationParts.PartEnd"/>).</summary>
    public static Parser<char, Unit> PartEnd => PidginCitationRules.Default.Parts.PartEnd;

    private static Parser<char, ImmutableArray<OffsetRange>> PagesOrNone { get; } =
        PidginCitationGrammar.PagesPart.Or(Parser<char>.Return(ImmutableArray<OffsetRange>.Empty));

    // "Chronic Pain Treatment" before " Guidelines".
    private static Parser<char, OffsetRange> NamedTitle { get; } = TitleReader.BeforeGuidelines(CitationGrammar.TitleBarriers);

    /// <summary>
    /// The DWC letters' form: "Low Back Complaints 2004, Section(s): Special Studies",
    /// "Chronic Pain Medical Treatment 2009 Guidelines, Section(s): Proton Pump Inhibitors (PPIs)",
    /// "Acupuncture Treatment 2009".
    /// </summary>
    public static PidginCitationForm TitleAndYear { get; } = new(
        "titleAndYear",
        "Low Back Complaints 2004, Section(s): Special Studies",
        PidginCitationGrammar.ChainedTitleBeforeYear.Then(Char(' ')).Then(PidginCitationGrammar.Year).IgnoreResult(),
        parts => Map(
            (start, title, year, sections, pages, end) => new PidginCitationSyntax
            {
                Mtus = true, Range = new OffsetRange(start, end), Title = title, Year = year, Sections = sections, Pages = pages,
            },
            TextParsers.Offset,
            PidginCitationGrammar.TitleBeforeYear,
            Char(' ').Then(PidginCitationGrammar.Year).Before(TextParsers.Phrase(" Guidelines").Optional()),
            TextParsers.Phrase(", Section(s):").Then(TextParsers.Space).Then(parts.SectionsOrNone).Or(Parser<char>.Return(ImmutableArray<OffsetRange>.Empty)),
            PagesOrNone,
            TextParsers.Offset));

    /// <summary>The older letters' ACOEM chapters: "ACOEM Chapter 12 Low Back Complaints Page(s): 298".</summary>
    public static PidginCitationForm AcoemChapter { get; } = new(
        "acoemChapter",
        "ACOEM Chapter 12 Low Back Complaints Page(s): 298",
        TextParsers.Phrase("ACOEM ").Optional().Then(PidginCitationGrammar.Chapter).IgnoreResult(),
        parts => Map(
            (start, chapter, title, pages, end) => new PidginCitationSyntax
            {
                Mtus = true, Range = new OffsetRange(start, end), Chapter = chapter, Title = title, Pages = pages,
            },
            TextParsers.Offset,
            TextParsers.Phrase("ACOEM ").Optional().Then(PidginCitationGrammar.Chapter),
            TextParsers.Space.Then(PidginTextParsers.UpTo(TextParsers.FirstMatch([parts.PartEnd, Char(',').IgnoreResult()])).Or(PidginTextParsers.Rest))
                .Assert(range => !range.IsEmpty, "a title")
                .Select(range => (OffsetRange?)range),
            PagesOrNone,
            TextParsers.Offset));

    /// <summary>
    /// The older letters' named guidelines: "Chronic Pain Treatment Guidelines Carisoprodol (Soma),
    /// Page(s): 29", "Chronic Pain Treatment Guidelines (Effective July 18, 2009) Page(s): 98",
    /// "Acupuncture Treatment Guidelines".
    /// </summary>
    public static PidginCitationForm NamedGuidelines { get; } = new(
        "namedGuidelines",
        "Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99",
        NamedTitle.Then(TextParsers.Phrase(" Guidelines")),
        parts => Map(
            (start, title, effective, sections, pages, end) => new PidginCitationSyntax
            {
                Mtus = true,
                Range = new OffsetRange(start, end),
                Title = title,
                EffectiveDate = effective.HasValue ? effective.Value : null,
                Sections = sections,
                Pages = pages,
            },
            TextParsers.Offset,
            NamedTitle.Select(range => (OffsetRange?)range).Before(TextParsers.Phrase(" Guidelines")),
            PidginTextParsers.At(PidginCitationGrammar.EffectiveDate).Then(PidginCitationGrammar.EffectiveDate).Optional(),
            PidginTextParsers.At(Char(' ').Then(PidginTextParsers.NotAt(PidginCitationGrammar.PagesLead)))
                .Then(Char(' '))
                .Then(parts.SectionsOrNone)
                .Or(Parser<char>.Return(ImmutableArray<OffsetRange>.Empty)),
            PagesOrNone,
            TextParsers.Offset));

    /// <summary>Every form, in the order they are tried.</summary>
    public static ImmutableArray<PidginCitationForm> All { get; } = [TitleAndYear, AcoemChapter, NamedGuidelines];

    /// <summary>Where an MTUS citation of any form in <see cref="All"/> begins.</summary>
    public static Parser<char, Unit> CitationStart => PidginCitationRules.Default.CitationStart;

    /// <summary>One MTUS citation, of the first form in <see cref="All"/> that reads it.</summary>
    public static Parser<char, PidginCitationSyntax> Citation => PidginCitationRules.Default.Citation;

    /// <summary>"MTUS " and the citations chained after it.</summary>
    public static Parser<char, ImmutableArray<PidginCitationSyntax>> Citations => PidginCitationRules.Default.Citations;
}
