using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// The structure of a Non-MTUS citation's free text, where it has one: the guideline's name
/// ("Official Disability Guidelines (ODG)", "ACOEM", "the FDA"), the edition's year (", 2016"), the chapter ("Low Back Chapter",
/// "Pain (Chronic)", "Forearm, Wrist, &amp; Hand (Acute &amp; Chronic)"), the update date
/// ("(updated 10/31/16)") and the topics after them ("Opioids, criteria for use"). ODG's chapters
/// are those of its published list (<see cref="OdgChapters"/>), whatever "&amp;"/"and" a letter writes.
/// </summary>
internal static class NonMtusStructureGrammar
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

    // " Chapter", " Section": the word that names what precedes it a chapter ("Low Back Chapter", "Pain Section").
    private static readonly Parser<char, Unit> ChapterWord = TextParsers.FirstMatch(
        new[] { "Chapter", "Section" }.Select(word => TextParsers.At(TextParsers.Space.Then(TextParsers.Phrase(word)).Then(WordEnd)).Then(TextParsers.Space).Then(TextParsers.Phrase(word))));

    // "Chapter: Low Back": the label a letter may put before the chapter's name.
    private static readonly Parser<char, Unit> ChapterLabel = TextParsers.Phrase("Chapter:").Then(TextParsers.Space);

    /// <summary>An ODG chapter with its qualifier and the word "Chapter" where written: "Low Back (Acute &amp; Chronic) Chapter".</summary>
    public static Parser<char, OffsetRange> OdgChapter { get; } = TextParsers.Captured(
        Phrases(OdgChapters)
            .Then(Qualifier.Optional())
            .Then(ChapterWord.Optional())
            .Then(TextParsers.At(TextParsers.Space.Then(TextParsers.Phrase("(Online Version)"))).Then(TextParsers.Space).Then(TextParsers.Phrase("(Online Version)")).Optional()));

    /// <summary>
    /// " (updated 10/31/16)", ", updated 12/20/16", or a date alone right after the chapter
    /// (" 12/20/2016"): the date a chapter was last updated. The word "Chapter" after it belongs to
    /// the chapter before it ("Knee &amp; Leg (updated 11/22/16) Chapter: ...") and is read with it.
    /// </summary>
    public static Parser<char, (DateOnly Value, OffsetRange Range)> Updated { get; } =
        OneOf(
                TextParsers.At(TextParsers.AnyOf(" ,").Then(TextParsers.Space).Then(Char('(').Optional()).Then(TextParsers.Phrase("updated")))
                    .Then(TextParsers.AnyOf(" ,")).Then(TextParsers.Space).Then(Char('(').Optional()).Then(TextParsers.Phrase("updated")).Then(TextParsers.Space)
                    .Then(TextParsers.WithRange(DateGrammar.Date))
                    .Before(Char(')').Optional()),
                TextParsers.At(Char(' ').Then(DateGrammar.Numeric)).Then(Char(' ')).Then(TextParsers.WithRange(DateGrammar.Numeric)))
            .Before(ChapterWord.Optional());

    // What stands between the parts: ", ", ": ", " - ", " – ", "/" or a space.
    private static readonly Parser<char, Unit> Separator = TextParsers.FirstMatch(
    [
        TextParsers.Phrase(", "), TextParsers.Phrase(": "), TextParsers.Phrase(" - "), TextParsers.Phrase(" \u2013 "), TextParsers.Phrase("; "),
        TextParsers.Phrase("/ "), Char('/').IgnoreResult(), Char(' ').IgnoreResult(),
    ]);

    // A list of topics ends at a semicolon, or before the word "Topic" that labels the last one ("Voltaren® Gel (diclofenac) Topic").
    private static readonly Parser<char, ImmutableArray<OffsetRange>> Topics =
        SectionListGrammar.List(TextParsers.FirstMatch(
        [
            TextParsers.StartingWith(";", Char(';').IgnoreResult()),
            TextParsers.At(TextParsers.Keyword(" Topic").Then(Char('.').Optional()).Then(Parser<char>.End)),
        ]));

    // "14th Edition", "Work Loss Data Institute (21th Annual Edition)", "Web Version": the edition and publisher, read past.
    private static readonly Parser<char, Unit> EditionWords = TextParsers.FirstMatch(
    [
        TextParsers.Phrase("Work Loss Data Institute").Then(
            TextParsers.At(TextParsers.Space.Then(Char('('))).Then(TextParsers.Space).Then(Char('(')).Then(TextParsers.UpTo(Char(')'), "(", 40)).Then(Char(')')).Optional()).IgnoreResult(),
        TextParsers.Digits.Then(TextParsers.Letters).Then(TextParsers.FirstMatch([TextParsers.Keyword(" Annual Edition"), TextParsers.Keyword(" Edition")])).IgnoreResult(),
        TextParsers.Keyword("Web Version"),
        TextParsers.Keyword("Online Version"),
    ]);

    private static readonly Parser<char, Unit> Edition =
        TextParsers.At(Separator.Then(EditionWords)).Then(Separator).Then(EditionWords).SkipMany();

    private static readonly Parser<char, (int Value, OffsetRange Range)> Year =
        TextParsers.At(Separator.Then(CitationGrammar.Year)).Then(Separator).Then(CitationGrammar.Year);

    // "ACOEM guidelines and the Official Disability Guidelines": a second guideline, no topic.
    private static readonly Parser<char, ImmutableArray<OffsetRange>> TopicsAfter =
        TextParsers.At(Separator.Then(TextParsers.NotAt(TextParsers.Phrase("and "))).Then(Parser<char>.Any)).Then(Separator).Then(Topics);

    // ", elbow chapter", "/Preface": a chapter named after the topic, at the citation's end.
    private static readonly Parser<char, Unit> TrailingChapterStart = TextParsers.FirstMatch(
    [
        TextParsers.At(TextParsers.Phrase(", ").Then(Phrases(OdgChapters)).Then(Qualifier.Optional()).Then(ChapterWord).Then(Char('.').Optional()).Then(Parser<char>.End)),
        TextParsers.At(Char('/').Then(TextParsers.Space).Then(OdgChapter).Then(Char('.').Optional()).Then(Parser<char>.End)),
    ]);

    // "Official Disability Guidelines (ODG) physical therapy, elbow chapter": the topic before the chapter.
    private static readonly Parser<char, CitationSyntax> TopicThenChapter =
        Map(
            (name, topic, chapter) => new CitationSyntax { Mtus = false, Title = name, ChapterName = chapter, Sections = [topic] },
            OdgName.Before(Edition).Before(Year.Optional()).Before(Separator).Before(TextParsers.NotAt(OdgChapter)),
            TextParsers.UpTo(TrailingChapterStart, maxLength: 120),
            TextParsers.FirstMatch([TextParsers.Phrase(", "), Char('/').Then(TextParsers.Space)]).Then(OdgChapter));

    /// <summary>
    /// The name, edition year, chapter, update date and topics of a citation's free text, each where
    /// stated. ODG's chapter is read after its name, or at the start where a qualifier or "Chapter"
    /// marks it; other guidelines keep name, year and topics.
    /// </summary>
    public static Parser<char, CitationSyntax> Structure { get; } = TextParsers.FirstMatch(
    [
        TopicThenChapter,
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
            OdgName.Optional().Before(Edition),
            Year.Optional().Before(Edition),
            TextParsers.At(Separator.Optional().Then(ChapterLabel.Optional()).Then(OdgChapter)).Then(Separator.Optional()).Then(ChapterLabel.Optional()).Then(OdgChapter).Optional(),
            Updated.Optional(),
            TopicsAfter.Optional()),
    ]);
}
