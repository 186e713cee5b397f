using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

namespace ImrParsing.Semantics;

/// <summary>
/// The structure of a Non-MTUS citation's free text, where it has one: the guideline's name
/// ("Official Disability Guidelines (ODG)", "ACOEM", "the FDA"), the edition's year (", 2016"), the chapter ("Low Back Chapter",
/// "Pain (Chronic)", "Forearm, Wrist, &amp; Hand (Acute &amp; Chronic)"), the update date
/// ("(updated 10/31/16)") and the topics after them ("Opioids, criteria for use"). ODG's chapters
/// are those of its published list (<see cref="OdgChapters"/>), whatever "&amp;"/"and" a letter writes.
/// </summary>
public static class NonMtusStructureGrammar
{
    /// <summary>
    /// The chapters of the Official Disability Guidelines (Work Loss Data Institute / MCG), longest
    /// form first, with the short forms letters write ("Knee" for "Knee &amp; Leg", "Lower Back"),
    /// each also read with "and" for "&amp;" and the reverse.
    /// </summary>
    public static ImmutableArray<string> OdgChapters { get; } =
    [
        "Low Back - Lumbar & Thoracic", "Low Back-Lumbar & Thoracic", "Low Back, Lumbar & Thoracic", "Low Back Lumbar & Thoracic",
        "Low Back & Thoracic", "Low Back", "Lower Back", "Lumbar & Thoracic",
        "Pain (Chronic)", "Chronic Pain", "Pain",
        "Neck and Upper Back", "Neck & Upper Back",
        "Forearm, Wrist, & Hand", "Forearm, Wrist & Hand",
        "Ankle & Foot", "Knee & Leg", "Knee", "Hip & Pelvis", "Hips & Pelvis", "Shoulder", "Elbow", "Carpal Tunnel Syndrome",
        "Head", "Eye", "Burns", "Hernia", "Pulmonary", "Mental Illness & Stress", "Traumatic Brain Injury",
        "Fitness for Duty", "Diabetes", "Preface",
    ];

    /// <summary>The names of the Official Disability Guidelines, longest form first: a chapter of <see cref="OdgChapters"/> follows them.</summary>
    public static ImmutableArray<string> OdgNames { get; } =
    [
        "Official Disability Guidelines (ODG)", "Official Disability Guidelines", "ODG Guidelines", "ODG",
    ];

    /// <summary>The names of the other guidelines and sources Non-MTUS citations name first, longest form first.</summary>
    public static ImmutableArray<string> OtherNames { get; } =
    [
        "American College of Occupational and Environmental Medicine (ACOEM)", "American College of Occupational and Environmental Medicine",
        "ACOEM Guidelines", "ACOEM Practice Guidelines", "ACOEM",
        "U.S. Food and Drug Administration (FDA)", "Food and Drug Administration (FDA)", "Food and Drug Administration", "the FDA", "FDA",
        "MTUS Drug Formulary", "Drug Formulary",
    ];

    private static readonly Parser<char, Unit> WordEnd = TextParsers.NotAt(Parser<char>.Token(char.IsLetterOrDigit));

    private static Parser<char, Unit> Phrases(IEnumerable<string> phrases) =>
        TextParsers.FirstMatch(phrases
            .SelectMany(phrase => new[] { phrase, phrase.Replace(" & ", " and ", StringComparison.Ordinal), phrase.Replace(" and ", " & ", StringComparison.Ordinal) })
            .Distinct(StringComparer.Ordinal)
            .Select(phrase => TextParsers.Phrase(phrase).Then(WordEnd)));

    /// <summary>The name of the Official Disability Guidelines at the start of a citation.</summary>
    public static Parser<char, OffsetRange> OdgName { get; } = TextParsers.Captured(Phrases(OdgNames));

    /// <summary>The name of another guideline or source at the start of a citation.</summary>
    public static Parser<char, OffsetRange> OtherName { get; } = TextParsers.Captured(Phrases(OtherNames));

    // " (Acute & Chronic)", " (Thoracic and Lumbar, Acute and Chronic)", " (trauma, headaches, etc.)": what qualifies a chapter.
    private static readonly Parser<char, Unit> Qualifier =
        TextParsers.At(TextParsers.Space.Then(Char('(')).Then(TextParsers.FirstMatch(
            [TextParsers.Phrase("Acute"), TextParsers.Phrase("Chronic"), TextParsers.Phrase("Thoracic"), TextParsers.Phrase("Lumbar"), TextParsers.Phrase("trauma")])))
            .Then(TextParsers.Space).Then(Char('(')).Then(TextParsers.UpTo(Char(')'), "(")).Then(Char(')')).IgnoreResult();

    /// <summary>An ODG chapter with its qualifier and the word "Chapter" where written: "Low Back (Acute &amp; Chronic) Chapter".</summary>
    public static Parser<char, OffsetRange> OdgChapter { get; } = TextParsers.Captured(
        Phrases(OdgChapters)
            .Then(Qualifier.Optional())
            .Then(TextParsers.At(TextParsers.Space.Then(TextParsers.Phrase("Chapter")).Then(WordEnd)).Then(TextParsers.Space).Then(TextParsers.Phrase("Chapter")).Optional())
            .Then(TextParsers.At(TextParsers.Space.Then(TextParsers.Phrase("(Online Version)"))).Then(TextParsers.Space).Then(TextParsers.Phrase("(Online Version)")).Optional()));

    /// <summary>" (updated 10/31/16)", ", updated 12/20/16": the date a chapter was last updated.</summary>
    public static Parser<char, (DateOnly Value, OffsetRange Range)> Updated { get; } =
        TextParsers.At(TextParsers.AnyOf(" ,").Then(TextParsers.Space).Then(Char('(').Optional()).Then(TextParsers.Phrase("updated")))
            .Then(TextParsers.AnyOf(" ,")).Then(TextParsers.Space).Then(Char('(').Optional()).Then(TextParsers.Phrase("updated")).Then(TextParsers.Space)
            .Then(TextParsers.WithRange(DateGrammar.Date))
            .Before(Char(')').Optional());

    // What stands between the parts: ", ", ": ", " - ", " – ", "/" or a space.
    private static readonly Parser<char, Unit> Separator = TextParsers.FirstMatch(
    [
        TextParsers.Phrase(", "), TextParsers.Phrase(": "), TextParsers.Phrase(" - "), TextParsers.Phrase(" \u2013 "), TextParsers.Phrase("; "),
        TextParsers.Phrase("/ "), Char('/').IgnoreResult(), Char(' ').IgnoreResult(),
    ]);

    private static readonly Parser<char, ImmutableArray<OffsetRange>> Topics =
        SectionListGrammar.List(TextParsers.StartingWith(";", Char(';').IgnoreResult()));

    private static readonly Parser<char, (int Value, OffsetRange Range)> Year =
        TextParsers.At(Separator.Then(CitationGrammar.Year)).Then(Separator).Then(CitationGrammar.Year);

    // "ACOEM guidelines and the Official Disability Guidelines": a second guideline, no topic.
    private static readonly Parser<char, ImmutableArray<OffsetRange>> TopicsAfter =
        TextParsers.At(Separator.Then(TextParsers.NotAt(TextParsers.Phrase("and "))).Then(Parser<char>.Any)).Then(Separator).Then(Topics);

    /// <summary>
    /// The name, edition year, chapter, update date and topics of a citation's free text, each where
    /// stated. ODG's chapter is read after its name, or at the start where a qualifier or "Chapter"
    /// marks it; other guidelines keep name, year and topics.
    /// </summary>
    public static Parser<char, CitationSyntax> Structure { get; } = TextParsers.FirstMatch(
    [
        Map(
            (name, year, topics) => new CitationSyntax
            {
                Mtus = false,
                Title = name,
                Year = year.HasValue ? year.Value : ((int Value, OffsetRange Range)?)null,
                Sections = topics.HasValue ? topics.Value : [],
            },
            OtherName,
            Year.Optional(),
            TopicsAfter.Optional()),
        Map(
            (name, year, chapter, updated, topics) => new CitationSyntax
            {
                Mtus = false,
                Title = name.HasValue ? name.Value : (OffsetRange?)null,
                Year = year.HasValue ? year.Value : ((int Value, OffsetRange Range)?)null,
                ChapterName = chapter.HasValue ? chapter.Value : (OffsetRange?)null,
                EffectiveDate = updated.HasValue ? updated.Value : ((DateOnly Value, OffsetRange Range)?)null,
                Sections = topics.HasValue ? topics.Value : [],
            },
            OdgName.Optional(),
            Year.Optional(),
            TextParsers.At(Separator.Optional().Then(OdgChapter)).Then(Separator.Optional()).Then(OdgChapter).Optional(),
            Updated.Optional(),
            TopicsAfter.Optional()),
    ]);
}
