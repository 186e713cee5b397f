using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A Non-MTUS citation's free-text details as the Pidgin grammars read them before
/// <see cref="NonMtusDetailsReader"/> (the former <c>NonMtusStructureGrammar</c> and
/// <c>PidginNonMtusCitationGrammar.Chapters</c>/<c>Pages</c>, over the canonical text, with ranges shifted
/// to the statement's text): the baseline of <c>NonMtusDetailsBenchmarks</c> and the tests'
/// reference for the reader (shared as source).
/// </summary>
internal static class PidginNonMtusDetails
{
    /// <summary>The citation <paramref name="syntax"/> (a Non-MTUS one read by the statements grammar from <paramref name="canonical"/>) with its details.</summary>
    public static GuidelineCitation? Read(IReaderContext context, CanonicalText canonical, PidginCitationSyntax syntax)
    {
        var values = new CanonicalValues(context, canonical);
        if (values.Value(syntax.Range) is not { } text)
        {
            return null;
        }

        syntax = WithFreeTextDetails(canonical.Span, syntax);
        var effective = syntax.EffectiveDate is { } date ? values.Spanned(date.Value, date.Range) : null;
        var year = syntax.Year is { } y ? values.Spanned(y.Value, y.Range) : YearOf(values, syntax.EffectiveDate);
        return new GuidelineCitation
        {
            Mtus = false,
            Title = syntax.Title is { } title ? values.Value(title) : null,
            Year = year,
            Chapter = syntax.Chapter is { } chapter ? values.Spanned(chapter.Value, chapter.Range) : null,
            ChapterName = syntax.ChapterName is { } chapterName ? values.Value(chapterName) : null,
            Sections = PidginGuidelineReader.Values(values, syntax.Sections),
            Pages = PidginGuidelineReader.Values(values, syntax.Pages),
            EffectiveDate = effective,
            Text = text,
            Span = text.Span,
        };
    }

    /// <summary>The chapters named in a citation's free text ("ACOEM Guidelines, Chapter 7, ...").</summary>
    public static Parser<char, ImmutableArray<(int Value, OffsetRange Range)>> Chapters { get; } =
        PidginTextParsers.Occurrences(PidginCitationGrammar.Chapter);

    /// <summary>The pages named in a citation's free text ("..., page 137", "pg. 5").</summary>
    public static Parser<char, ImmutableArray<ImmutableArray<OffsetRange>>> Pages { get; } =
        PidginTextParsers.Occurrences(PidginCitationGrammar.Pages);

    // A Non-MTUS citation's chapter and pages, where its free text names them ("Chapter 7, ..., page 137"),
    // and its guideline's name, chapter in words, update date and topics (Structure).
    // Read alone, a chapter at the start counts where a qualifier or "Chapter" marks it.
    private static PidginCitationSyntax WithFreeTextDetails(ReadOnlySpan<char> canonical, PidginCitationSyntax syntax)
    {
        var freeText = canonical.Slice(syntax.Range.Start, syntax.Range.Length);
        bool chaptersMatched = Chapters.TryMatch(freeText, out var chapters);
        bool pagesMatched = Pages.TryMatch(freeText, out var pages);
        var structure = Structure.TryMatch(freeText, out var read) ? read : null;
        var chapterName = structure?.ChapterName is { } chapterRange
            && (structure.Title is not null || IsMarked(freeText.Slice(chapterRange.Start, chapterRange.Length)))
            ? chapterRange.Shift(syntax.Range.Start)
            : (OffsetRange?)null;
        return syntax with
        {
            Title = structure?.Title?.Shift(syntax.Range.Start),
            Year = structure?.Year is { } year ? (year.Value, year.Range.Shift(syntax.Range.Start)) : null,
            ChapterName = chapterName,
            EffectiveDate = structure?.EffectiveDate is { } updated ? (updated.Value, updated.Range.Shift(syntax.Range.Start)) : null,
            Sections = structure is null ? [] : [.. structure.Sections.Select(range => range.Shift(syntax.Range.Start))],
            Chapter = chaptersMatched && chapters.Length > 0
                ? (chapters[0].Value, chapters[0].Range.Shift(syntax.Range.Start))
                : null,
            Pages = pagesMatched ? [.. pages.SelectMany(list => list).Select(range => range.Shift(syntax.Range.Start))] : [],
        };
    }

    // "Shoulder (Acute & Chronic)", "Low Back Chapter": a chapter that says it is one.
    private static bool IsMarked(ReadOnlySpan<char> chapter) =>
        chapter.Contains('(') || chapter.Contains("hapter", StringComparison.Ordinal);

    // "(Effective July 18, 2009)" dates the 2009 edition: its year is the date's last four digits.
    private static Spanned<int>? YearOf(CanonicalValues values, (DateOnly Value, OffsetRange Range)? effective)
    {
        if (effective is not { } date || date.Range.Length < 4)
        {
            return null;
        }

        var yearRange = new OffsetRange(date.Range.End - 4, date.Range.End);
        string digits = date.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values.Canonical.Span.Slice(yearRange.Start, yearRange.Length).SequenceEqual(digits)
            ? values.Spanned(date.Value.Year, yearRange)
            : null;
    }


    private static readonly Parser<char, Unit> WordEnd = PidginTextParsers.NotAt(Parser<char>.Token(char.IsLetterOrDigit));

    private static Parser<char, Unit> Phrases(IEnumerable<string> phrases) =>
        TextParsers.FirstMatch(NonMtusNames.WithVariants(phrases).Select(phrase => TextParsers.Phrase(phrase).Then(WordEnd)));

    /// <summary>The name of the Official Disability Guidelines at the start of a citation.</summary>
    public static Parser<char, OffsetRange> OdgName { get; } = PidginTextParsers.Captured(Phrases(NonMtusNames.OdgNames));

    /// <summary>The name of another guideline or source at the start of a citation.</summary>
    public static Parser<char, OffsetRange> OtherName { get; } = PidginTextParsers.Captured(Phrases(NonMtusNames.OtherNames));

    // " (Acute & Chronic)", " (Thoracic and Lumbar, Acute and Chronic)", " (trauma, headaches, etc.)": what qualifies a chapter.
    private static readonly Parser<char, Unit> Qualifier =
        PidginTextParsers.At(TextParsers.Space.Then(Char('(')).Then(TextParsers.FirstMatch(
            [TextParsers.Phrase("Acute"), TextParsers.Phrase("Chronic"), TextParsers.Phrase("Thoracic"), TextParsers.Phrase("Lumbar"), TextParsers.Phrase("trauma")])))
            .Then(TextParsers.Space).Then(Char('(')).Then(PidginTextParsers.UpTo(Char(')'), "(")).Then(Char(')')).IgnoreResult();

    // " Chapter", " Section": the word that names what precedes it a chapter ("Low Back Chapter", "Pain Section").
    private static readonly Parser<char, Unit> ChapterWord = TextParsers.FirstMatch(
        new[] { "Chapter", "Section" }.Select(word => PidginTextParsers.At(TextParsers.Space.Then(TextParsers.Phrase(word)).Then(WordEnd)).Then(TextParsers.Space).Then(TextParsers.Phrase(word))));

    // "Chapter: Low Back": the label a letter may put before the chapter's name.
    private static readonly Parser<char, Unit> ChapterLabel = TextParsers.Phrase("Chapter:").Then(TextParsers.Space);

    /// <summary>An ODG chapter with its qualifier and the word "Chapter" where written: "Low Back (Acute &amp; Chronic) Chapter".</summary>
    public static Parser<char, OffsetRange> OdgChapter { get; } = PidginTextParsers.Captured(
        Phrases(NonMtusNames.OdgChapters)
            .Then(Qualifier.Optional())
            .Then(ChapterWord.Optional())
            .Then(PidginTextParsers.At(TextParsers.Space.Then(TextParsers.Phrase("(Online Version)"))).Then(TextParsers.Space).Then(TextParsers.Phrase("(Online Version)")).Optional()));

    /// <summary>
    /// " (updated 10/31/16)", ", updated 12/20/16", or a date alone right after the chapter
    /// (" 12/20/2016"): the date a chapter was last updated. The word "Chapter" after it belongs to
    /// the chapter before it ("Knee &amp; Leg (updated 11/22/16) Chapter: ...") and is read with it.
    /// </summary>
    public static Parser<char, (DateOnly Value, OffsetRange Range)> Updated { get; } =
        OneOf(
                PidginTextParsers.At(TextParsers.AnyOf(" ,").Then(TextParsers.Space).Then(Char('(').Optional()).Then(TextParsers.Phrase("updated")))
                    .Then(TextParsers.AnyOf(" ,")).Then(TextParsers.Space).Then(Char('(').Optional()).Then(TextParsers.Phrase("updated")).Then(TextParsers.Space)
                    .Then(PidginTextParsers.WithRange(DateGrammar.Date))
                    .Before(Char(')').Optional()),
                PidginTextParsers.At(Char(' ').Then(DateGrammar.Numeric)).Then(Char(' ')).Then(PidginTextParsers.WithRange(DateGrammar.Numeric)))
            .Before(ChapterWord.Optional());

    // What stands between the parts: ", ", ": ", " - ", " – ", "/" or a space.
    private static readonly Parser<char, Unit> Separator = TextParsers.FirstMatch(
    [
        TextParsers.Phrase(", "), TextParsers.Phrase(": "), TextParsers.Phrase(" - "), TextParsers.Phrase(" \u2013 "), TextParsers.Phrase("; "),
        TextParsers.Phrase("/ "), Char('/').IgnoreResult(), Char(' ').IgnoreResult(),
    ]);

    // A list of topics ends at a semicolon, or before the word "Topic" that labels the last one ("Voltaren® Gel (diclofenac) Topic").
    private static readonly Parser<char, ImmutableArray<OffsetRange>> Topics =
        PidginSectionListGrammar.List(TextParsers.FirstMatch(
        [
            PidginTextParsers.StartingWith(";", Char(';').IgnoreResult()),
            PidginTextParsers.At(TextParsers.Keyword(" Topic").Then(Char('.').Optional()).Then(Parser<char>.End)),
        ]));

    // "14th Edition", "Work Loss Data Institute (21th Annual Edition)", "Web Version": the edition and publisher, read past.
    private static readonly Parser<char, Unit> EditionWords = TextParsers.FirstMatch(
    [
        TextParsers.Phrase("Work Loss Data Institute").Then(
            PidginTextParsers.At(TextParsers.Space.Then(Char('('))).Then(TextParsers.Space).Then(Char('(')).Then(PidginTextParsers.UpTo(Char(')'), "(", 40)).Then(Char(')')).Optional()).IgnoreResult(),
        TextParsers.Digits.Then(TextParsers.Letters).Then(TextParsers.FirstMatch([TextParsers.Keyword(" Annual Edition"), TextParsers.Keyword(" Edition")])).IgnoreResult(),
        TextParsers.Keyword("Web Version"),
        TextParsers.Keyword("Online Version"),
    ]);

    private static readonly Parser<char, Unit> Edition =
        PidginTextParsers.At(Separator.Then(EditionWords)).Then(Separator).Then(EditionWords).SkipMany();

    private static readonly Parser<char, (int Value, OffsetRange Range)> Year =
        PidginTextParsers.At(Separator.Then(PidginCitationGrammar.Year)).Then(Separator).Then(PidginCitationGrammar.Year);

    // "ACOEM guidelines and the Official Disability Guidelines": a second guideline, no topic.
    private static readonly Parser<char, ImmutableArray<OffsetRange>> TopicsAfter =
        PidginTextParsers.At(Separator.Then(PidginTextParsers.NotAt(TextParsers.Phrase("and "))).Then(Parser<char>.Any)).Then(Separator).Then(Topics);

    // ", elbow chapter", "/Preface": a chapter named after the topic, at the citation's end.
    private static readonly Parser<char, Unit> TrailingChapterStart = TextParsers.FirstMatch(
    [
        PidginTextParsers.At(TextParsers.Phrase(", ").Then(Phrases(NonMtusNames.OdgChapters)).Then(Qualifier.Optional()).Then(ChapterWord).Then(Char('.').Optional()).Then(Parser<char>.End)),
        PidginTextParsers.At(Char('/').Then(TextParsers.Space).Then(OdgChapter).Then(Char('.').Optional()).Then(Parser<char>.End)),
    ]);

    // "Official Disability Guidelines (ODG) physical therapy, elbow chapter": the topic before the chapter.
    private static readonly Parser<char, PidginCitationSyntax> TopicThenChapter =
        Map(
            (name, topic, chapter) => new PidginCitationSyntax { Mtus = false, Title = name, ChapterName = chapter, Sections = [topic] },
            OdgName.Before(Edition).Before(Year.Optional()).Before(Separator).Before(PidginTextParsers.NotAt(OdgChapter)),
            PidginTextParsers.UpTo(TrailingChapterStart, maxLength: 120),
            TextParsers.FirstMatch([TextParsers.Phrase(", "), Char('/').Then(TextParsers.Space)]).Then(OdgChapter));

    /// <summary>
    /// The name, edition year, chapter, update date and topics of a citation's free text, each where
    /// stated. ODG's chapter is read after its name, or at the start where a qualifier or "Chapter"
    /// marks it; other guidelines keep name, year and topics.
    /// </summary>
    public static Parser<char, PidginCitationSyntax> Structure { get; } = TextParsers.FirstMatch(
    [
        TopicThenChapter,
        Map(
            (name, year, topics) => new PidginCitationSyntax
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
            (name, year, chapter, updated, topics) => new PidginCitationSyntax
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
            PidginTextParsers.At(Separator.Optional().Then(ChapterLabel.Optional()).Then(OdgChapter)).Then(Separator.Optional()).Then(ChapterLabel.Optional()).Then(OdgChapter).Optional(),
            Updated.Optional(),
            TopicsAfter.Optional()),
    ]);
}
