using System.Buffers;
using System.Collections.Immutable;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The baseline of <see cref="MtusStatementReader"/>: the statements of a guideline part with the default citation forms (<see cref="PidginCitationForms.All"/>),
/// read left to right in one pass over the canonical text: what <see cref="PidginCitationRules.Statements"/>
/// reads, each rule of <see cref="PidginCitationForms"/>, <see cref="PidginCitationGrammar"/> and
/// <see cref="GuidelineGrammar"/> written out as a check at a place. Where a citation's part ends
/// (pages, a chained citation, the statement's end) is asked only at commas, spaces and full
/// stops, at most once a place; the Pidgin rules ran every form's start there through their list
/// machinery. Each citation read becomes a <see cref="GuidelineCitation"/> at once, its values
/// pointing at the source. A parser with other forms reads with its own <see cref="PidginCitationRules"/>.
/// </summary>
internal static class CanonicalMtusStatementReader
{
    // A builder per thread for each kind of list, reused: lists of one kind are never read inside each other.
    [ThreadStatic]
    private static ImmutableArray<GuidelineCitation>.Builder? t_citations;

    [ThreadStatic]
    private static ImmutableArray<TextValue>.Builder? t_sections;

    [ThreadStatic]
    private static ImmutableArray<TextValue>.Builder? t_pages;

    private static readonly TitleReader YearTitle = TitleReader.BeforeYear(CitationGrammar.TitleBarriers);

    private static readonly TitleReader ChainedYearTitle = TitleReader.BeforeYear(CitationGrammar.TitleBarriers + ",");

    private static readonly TitleReader GuidelinesTitle = TitleReader.BeforeGuidelines(CitationGrammar.TitleBarriers);

    private static readonly SectionListReader Lists = new(PidginCitationRules.Default.Parts.PartEnd);

    // The only characters a part end starts at (a separator, pages after a comma or a space, a full stop).
    private static readonly SearchValues<char> PartEndFirst = SearchValues.Create(",." + CharSets.AnySpaceChars);

    private static readonly SearchValues<char> NoEvidenceStops = SearchValues.Create("dD.");

    private static readonly SearchValues<char> OutsideMtusStops = SearchValues.Create("oO.");

    private static readonly SearchValues<char> SentencePhraseStops = SearchValues.Create("dDoO.");

    private static readonly SearchValues<char> FreeTextStops = SearchValues.Create("." + CharSets.AnySpaceChars);

    // The grammar's own phrases.
    private const string NoEvidence = GuidelineBoundaries.NoEvidence;

    private const string OutsideMtus = GuidelineBoundaries.OutsideMtus;

    private const string OtherGuidelines = NonMtusCitationGrammar.OtherGuidelinesText;

    /// <summary>
    /// <paramref name="guideline"/> with what the statements of its canonical text (in
    /// <paramref name="values"/>) say, as <see cref="PidginCitationRules.Statements"/> reads them: its
    /// flags and citations; text no statement reads is reported.
    /// </summary>
    public static Guideline Read(in CanonicalValues values, Guideline guideline, int itemNumber, string label)
    {
        var text = values.Canonical.Span;
        var citations = Reused(ref t_citations);
        bool noEvidence = false;
        bool outsideMtus = false;
        int at = Space(text, 0);
        while (at < text.Length)
        {
            int end = CitationStatement(values, text, at, citations);
            if (end < 0 && Sentence(text, at, NoEvidence, NoEvidenceStops) is var noEvidenceEnd and >= 0)
            {
                (end, noEvidence) = (noEvidenceEnd, true);
            }
            else if (end < 0 && Sentence(text, at, OutsideMtus, OutsideMtusStops) is var outsideEnd and >= 0)
            {
                (end, outsideMtus) = (outsideEnd, true);
            }
            else if (end < 0)
            {
                end = UnreadEnd(text, at);
                values.Context.Report(ImrDiagnostics.UnreadGuidelineText, values.Span(at, end), itemNumber, label, values.Excerpt(at, end));
            }

            at = end;
            if (at < text.Length && text[at] == '.')
            {
                at++;
            }

            at = Space(text, at);
        }

        return guideline with { NoEvidenceCited = noEvidence, OutsideMtus = outsideMtus, Citations = citations.ToImmutable() };
    }

    // "Decision based on MTUS ..." (the chain of forms) or "Decision based on Non-MTUS Citation
    // ...": its citations added to `citations`; where it ends, or -1.
    private static int CitationStatement(in CanonicalValues values, ReadOnlySpan<char> text, int start, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        int at = Match(text, start, "Decision based on");
        if (at < 0)
        {
            return -1;
        }

        at = Space(text, at);
        int mtus = Match(text, at, "MTUS ");
        if (mtus >= 0 && Chain(values, text, mtus, citations) is var end and >= 0)
        {
            return end;
        }

        return NonMtusChain(values, text, at, citations);
    }

    // "Non-MTUS Citation" and free texts joined by " and Other Medical Treatment Guidelines"
    // (PidginNonMtusCitationGrammar.Citations), each read by NonMtusDetailsReader; where it ends, or -1.
    private static int NonMtusChain(in CanonicalValues values, ReadOnlySpan<char> text, int start, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        int at = Match(text, start, "Non");
        if (at < 0)
        {
            return -1;
        }

        at = Match(text, at < text.Length && text[at] == '-' ? at + 1 : at, "MTUS");
        if (at < 0)
        {
            return -1;
        }

        at = Space(text, Optional(Match(text, at, " Citation"), at));
        int end = FreeTextEnd(text, at);
        if (end == at)
        {
            return -1;
        }

        AddNonMtus(values, at, end, citations);
        while (Match(text, end, OtherGuidelines) is var joined and >= 0 && Space(text, joined) is var next && FreeTextEnd(text, next) is var freeEnd && freeEnd > next)
        {
            AddNonMtus(values, next, freeEnd, citations);
            end = freeEnd;
        }

        return end;
    }

    // A Non-MTUS citation: its free text's details are read from its tokens, with source spans.
    private static void AddNonMtus(in CanonicalValues values, int start, int end, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        if (values.Value(start, end) is { } text && NonMtusDetailsReader.Read(values.Context, text) is { } citation)
        {
            citations.Add(citation);
        }
    }

    // Where a Non-MTUS citation's free text ends: before the next guideline it joins, the end of the statement, or the text's end.
    private static int FreeTextEnd(ReadOnlySpan<char> text, int start)
    {
        int at = start;
        while (true)
        {
            int found = text[at..].IndexOfAny(FreeTextStops);
            if (found < 0)
            {
                return text.Length;
            }

            at += found;
            if (Match(text, at, OtherGuidelines) >= 0 || StatementEnd(text, at))
            {
                return at;
            }

            at++;
        }
    }

    // A sentence that holds a fixed phrase, from here up to its full stop (GuidelineGrammar.Sentence): where it ends, or -1.
    private static int Sentence(ReadOnlySpan<char> text, int start, string phrase, SearchValues<char> stops)
    {
        int at = start;
        int phraseEnd;
        while (true)
        {
            int found = text[at..].IndexOfAny(stops);
            if (found < 0)
            {
                return -1;
            }

            at += found;
            phraseEnd = Match(text, at, phrase);
            if (phraseEnd >= 0)
            {
                break;
            }

            if (text[at] == '.')
            {
                return -1;
            }

            at++;
        }

        int stop = text[phraseEnd..].IndexOf('.');
        return stop < 0 ? text.Length : phraseEnd + stop;
    }

    // Where text that no statement reads ends: at the next statement's full stop, or the end (GuidelineGrammar.Unread).
    private static int UnreadEnd(ReadOnlySpan<char> text, int start)
    {
        int at = start + 1;
        while (true)
        {
            int found = text[at..].IndexOf('.');
            if (found < 0)
            {
                return text.Length;
            }

            at += found;
            if (StatementEnd(text, at))
            {
                return at;
            }

            at++;
        }
    }

    // A full stop followed by the end or the next statement (PidginGuidelineBoundaries.StatementEnd).
    private static bool StatementEnd(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] != '.')
        {
            return false;
        }

        int next = Space(text, at + 1);
        return next == text.Length || Match(text, next, "Decision based on") >= 0 || SentenceHoldsPhrase(text, next);
    }

    // Either fixed phrase before the next full stop (PidginGuidelineBoundaries.StatementStart).
    private static bool SentenceHoldsPhrase(ReadOnlySpan<char> text, int at)
    {
        while (true)
        {
            int found = text[at..].IndexOfAny(SentencePhraseStops);
            if (found < 0)
            {
                return false;
            }

            at += found;
            if (Match(text, at, NoEvidence) >= 0 || Match(text, at, OutsideMtus) >= 0)
            {
                return true;
            }

            if (text[at] == '.')
            {
                return false;
            }

            at++;
        }
    }

    // The citations after "MTUS ", separated as PidginCitationForms.Separator says, added to
    // `citations`; where the last ends, or -1 where none is read.
    private static int Chain(in CanonicalValues values, ReadOnlySpan<char> text, int start, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        int end = Citation(values, text, start, citations);
        if (end < 0)
        {
            return -1;
        }

        while (Separator(text, end) is var next and >= 0 && Citation(values, text, next, citations) is var citationEnd and >= 0)
        {
            end = citationEnd;
        }

        return end;
    }

    // One citation, of the first default form that reads it: added to `citations` (unless its
    // text is empty); where it ends, or -1.
    private static int Citation(in CanonicalValues values, ReadOnlySpan<char> text, int start, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        var sections = Reused(ref t_sections);
        var pages = Reused(ref t_pages);
        int end = TitleAndYear(values, text, start, sections, pages, out var citation);
        if (end < 0)
        {
            sections.Clear();
            pages.Clear();
            end = AcoemChapter(values, text, start, pages, out citation);
        }

        if (end < 0)
        {
            sections.Clear();
            pages.Clear();
            end = NamedGuidelines(values, text, start, sections, pages, out citation);
        }

        if (citation is not null)
        {
            citations.Add(citation);
        }

        return end;
    }

    // "Low Back Complaints 2004[ Guidelines][, Section(s): ...][, Page(s): ...]".
    private static int TitleAndYear(
        in CanonicalValues values, ReadOnlySpan<char> text, int start, ImmutableArray<TextValue>.Builder sections, ImmutableArray<TextValue>.Builder pages, out GuidelineCitation? citation)
    {
        citation = null;
        int titleLength = YearTitle.Length(text[start..]);
        if (titleLength < 0)
        {
            return -1;
        }

        int yearStart = start + titleLength + 1;
        if (Year(text, yearStart) is not { } year)
        {
            return -1;
        }

        int at = yearStart + 4;
        at = Optional(Match(text, at, " Guidelines"), at);
        int sectionsLead = Match(text, at, ", Section(s):");
        if (sectionsLead >= 0)
        {
            at = SectionsOrNone(values, text, Space(text, sectionsLead), sections);
        }

        if (!Pages(values, text, ref at, pages))
        {
            return -1;
        }

        if (values.Value(start, at) is { } whole)
        {
            citation = new GuidelineCitation
            {
                Mtus = true,
                Title = values.Value(start, start + titleLength),
                Year = values.Spanned(year, yearStart, yearStart + 4),
                Sections = sections.ToImmutable(),
                Pages = pages.ToImmutable(),
                Text = whole,
                Span = whole.Span,
            };
        }

        return at;
    }

    // "ACOEM Chapter 12 Low Back Complaints[ Page(s): 298]".
    private static int AcoemChapter(in CanonicalValues values, ReadOnlySpan<char> text, int start, ImmutableArray<TextValue>.Builder pages, out GuidelineCitation? citation)
    {
        citation = null;
        int chapterEnd = Chapter(text, Optional(Match(text, start, "ACOEM "), start), out int chapter, out int numberStart);
        if (chapterEnd < 0)
        {
            return -1;
        }

        int titleStart = Space(text, chapterEnd);
        int titleEnd = titleStart;
        while (titleEnd < text.Length)
        {
            int found = text[titleEnd..].IndexOfAny(PartEndFirst);
            titleEnd = found < 0 ? text.Length : titleEnd + found;
            if (titleEnd == text.Length || text[titleEnd] == ',' || PartEnd(text, titleEnd))
            {
                break;
            }

            titleEnd++;
        }

        int at = titleEnd;
        if (titleEnd == titleStart || !Pages(values, text, ref at, pages))
        {
            return -1;
        }

        if (values.Value(start, at) is { } whole)
        {
            citation = new GuidelineCitation
            {
                Mtus = true,
                Title = values.Value(titleStart, titleEnd),
                Chapter = values.Spanned(chapter, numberStart, chapterEnd),
                Sections = [],
                Pages = pages.ToImmutable(),
                Text = whole,
                Span = whole.Span,
            };
        }

        return at;
    }

    // "Chronic Pain Treatment Guidelines[ (Effective July 18, 2009)][ sections][, Page(s): 98]".
    private static int NamedGuidelines(
        in CanonicalValues values, ReadOnlySpan<char> text, int start, ImmutableArray<TextValue>.Builder sections, ImmutableArray<TextValue>.Builder pages, out GuidelineCitation? citation)
    {
        citation = null;
        int titleLength = GuidelinesTitle.Length(text[start..]);
        if (titleLength < 0)
        {
            return -1;
        }

        int at = Match(text, start + titleLength, " Guidelines");
        DateOnly? effective = null;
        int dateStart = 0;
        int dateEnd = 0;
        if (Match(text, Space(text, at), "(Effective") is var lead and >= 0
            && DateGrammar.Date.TryMatchAt(text, Space(text, lead), out var date, out dateEnd))
        {
            (effective, dateStart) = (date, Space(text, lead));
            at = dateEnd < text.Length && text[dateEnd] == ')' ? dateEnd + 1 : dateEnd;
        }

        if (at < text.Length && text[at] == ' ' && PagesLead(text, at + 1) < 0)
        {
            at = SectionsOrNone(values, text, at + 1, sections);
        }

        if (!Pages(values, text, ref at, pages))
        {
            return -1;
        }

        if (values.Value(start, at) is { } whole)
        {
            citation = new GuidelineCitation
            {
                Mtus = true,
                Title = values.Value(start, start + titleLength),
                Year = effective is { } effectiveDate ? values.YearOf(effectiveDate, dateStart, dateEnd) : null,
                Sections = sections.ToImmutable(),
                Pages = pages.ToImmutable(),
                EffectiveDate = effective is { } day ? values.Spanned(day, dateStart, dateEnd) : null,
                Text = whole,
                Span = whole.Span,
            };
        }

        return at;
    }

    // Where a citation of any default form begins (PidginCitationRules.CitationStart).
    private static bool CitationStart(ReadOnlySpan<char> text, int at)
    {
        foreach (string title in CitationGrammar.TitlesWithCommas)
        {
            int end = Match(text, at, title);
            if (end >= 0 && end < text.Length && text[end] == ' ' && Year(text, end + 1) is not null)
            {
                return true;
            }
        }

        return ChainedYearTitle.Length(text[at..]) > 0
            || Chapter(text, Optional(Match(text, at, "ACOEM "), at), out _, out _) >= 0
            || (GuidelinesTitle.Length(text[at..]) is var length and > 0 && Match(text, at + length, " Guidelines") >= 0);
    }

    // Where a citation's sections or title end (PidginCitationParts.PartEnd): pages ahead, a chained
    // citation after a separator, or the end of the statement.
    private static bool PartEnd(ReadOnlySpan<char> text, int at) =>
        PagesAhead(text, at)
        || (Separator(text, at) is var next and >= 0 && CitationStart(text, next))
        || StatementEnd(text, at);

    // ", and ", " and ", or a comma and any space; where the next citation starts, or -1.
    private static int Separator(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length)
        {
            return -1;
        }

        if (text[at] == ',')
        {
            int and = Match(text, at, ", and ");
            return and >= 0 ? and : Space(text, at + 1);
        }

        return Match(text, at, " and ");
    }

    // The sections of a list (PidginSectionListGrammar.List), or none, added to `sections`; where the list ends.
    private static int SectionsOrNone(in CanonicalValues values, ReadOnlySpan<char> text, int start, ImmutableArray<TextValue>.Builder sections)
    {
        var sink = new ValueSink(values, sections);
        if (Numbered(text, start, ref sink) is var end and >= 0)
        {
            return end;
        }

        var whole = new WholeText(text, start);
        var ends = new PartEndProbe();
        return Lists.Read(ref whole, ref ends, ref sink, text[start..], start, out int length) ? start + length : start;
    }

    // "3.3.1 Opioids ..., 3.3.2 ...": numbered sections, split only before the next number; where they end, or -1 where none starts.
    private static int Numbered(ReadOnlySpan<char> text, int start, ref ValueSink sections)
    {
        int end = NumberedSectionEnd(text, start);
        if (end < 0)
        {
            return -1;
        }

        sections.Add(start, end);
        while (Match(text, end, ", ") is var next and >= 0 && NumberedSectionEnd(text, next) is var sectionEnd and >= 0)
        {
            sections.Add(next, sectionEnd);
            end = sectionEnd;
        }

        return end;
    }

    // Where a numbered section that starts here ends (at the list's end, at ", " and the next number, or with the text); -1 where none starts.
    private static int NumberedSectionEnd(ReadOnlySpan<char> text, int start)
    {
        if (SectionNumber(text, start) < 0)
        {
            return -1;
        }

        int at = start;
        while (true)
        {
            int found = text[at..].IndexOfAny(PartEndFirst);
            if (found < 0)
            {
                return text.Length;
            }

            at += found;
            if (PartEnd(text, at) || (Match(text, at, ", ") is var next and >= 0 && SectionNumber(text, next) >= 0))
            {
                return at;
            }

            at++;
        }
    }

    // "3.3.9 ", "4.1 ", "3. " (PidginSectionListGrammar.SectionNumber): where it ends, or -1.
    private static int SectionNumber(ReadOnlySpan<char> text, int start)
    {
        int at = start + DigitsLength(text, start);
        if (at == start)
        {
            return -1;
        }

        while (at + 1 < text.Length && text[at] == '.' && char.IsDigit(text[at + 1]))
        {
            int digits = DigitsLength(text, at + 1);
            if (digits == 0)
            {
                return -1;
            }

            at += 1 + digits;
        }

        if (at < text.Length && text[at] == '.')
        {
            at++;
        }

        return at < text.Length && text[at] == ' ' ? at + 1 : -1;
    }

    // The pages that close a citation, where pages follow (PidginCitationGrammar.PagesPart), added to
    // `pages`; false where pages were announced but could not be read, which fails the citation as the rule does.
    private static bool Pages(in CanonicalValues values, ReadOnlySpan<char> text, ref int at, ImmutableArray<TextValue>.Builder pages)
    {
        if (!PagesAhead(text, at))
        {
            return true;
        }

        int start = at < text.Length && text[at] == ',' ? at + 1 : at;
        int lead = PagesLead(text, Space(text, start));
        int first = Space(text, lead);
        int end = PageRefEnd(text, first);
        if (end < 0)
        {
            return false;
        }

        var sink = new ValueSink(values, pages);
        sink.Add(first, end);
        while (end < text.Length && text[end] == ',' && Space(text, end + 1) is var next && PageRefEnd(text, next) is var pageEnd and >= 0)
        {
            sink.Add(next, pageEnd);
            end = pageEnd;
        }

        at = end;
        return true;
    }

    // ", Page(s): 29", " Page(s): 98", ", pages 98-99" ahead (PidginCitationGrammar.PagesAhead).
    private static bool PagesAhead(ReadOnlySpan<char> text, int at) =>
        at < text.Length && text[at] is ',' or ' '
        && PagesLead(text, Space(text, at + 1)) is var lead and >= 0
        && Space(text, lead) is var digit && digit < text.Length && char.IsDigit(text[digit]);

    // "Page(s):", "pages", ..., "p": the first that matches, a whole word; where it ends, or -1.
    private static int PagesLead(ReadOnlySpan<char> text, int at)
    {
        foreach (string lead in CitationGrammar.PageLeads)
        {
            int end = Match(text, at, lead);
            if (end >= 0)
            {
                return WordEnds(text, end) ? end : -1;
            }
        }

        return -1;
    }

    // "98" or "98-99" (PidginCitationGrammar.PageRef): where it ends, or -1.
    private static int PageRefEnd(ReadOnlySpan<char> text, int start)
    {
        int at = start + DigitsLength(text, start);
        if (at == start)
        {
            return -1;
        }

        if (at + 1 < text.Length && text[at] is '-' or '\u2013' && char.IsDigit(text[at + 1]))
        {
            int digits = DigitsLength(text, at + 1);
            return digits == 0 ? -1 : at + 1 + digits;
        }

        return at;
    }

    // "Chapter 12" (PidginCitationGrammar.Chapter): the number, where it starts, and where it (and so the chapter) ends, or -1.
    private static int Chapter(ReadOnlySpan<char> text, int start, out int number, out int at)
    {
        number = 0;
        at = Match(text, start, "Chapter");
        if (at < 0)
        {
            return -1;
        }

        at = Space(text, at);
        int digits = DigitsLength(text, at);
        if (digits is 0 or > 5 || !WordEnds(text, at + digits))
        {
            return -1;
        }

        number = int.Parse(text.Slice(at, digits), provider: System.Globalization.CultureInfo.InvariantCulture);
        return at + digits;
    }

    // Four digits from 1900 to 2099, a whole word (PidginCitationGrammar.Year).
    private static int? Year(ReadOnlySpan<char> text, int at) =>
        at < text.Length && TitleReader.IsYear(text, at)
            ? int.Parse(text.Slice(at, 4), provider: System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static int DigitsLength(ReadOnlySpan<char> text, int at) =>
        at >= text.Length ? 0 : TextParsers.AsciiDigitsLength(text[at..]);

    private static bool WordEnds(ReadOnlySpan<char> text, int at) => at >= text.Length || !char.IsLetterOrDigit(text[at]);

    private static int Space(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length)
        {
            return at;
        }

        int length = text[at..].IndexOfAnyExcept(CharSets.AnySpace);
        return length < 0 ? text.Length : at + length;
    }

    // Where a phrase that matches here ends (Phrase: ASCII case, any white space for a space), or -1.
    private static int Match(ReadOnlySpan<char> text, int at, string phrase)
    {
        if (at > text.Length)
        {
            return -1;
        }

        int length = Phrase.MatchLength(text[at..], phrase);
        return length < 0 ? -1 : at + length;
    }

    private static ImmutableArray<T>.Builder Reused<T>(ref ImmutableArray<T>.Builder? builder)
    {
        builder ??= ImmutableArray.CreateBuilder<T>();
        builder.Clear();
        return builder;
    }

    private static int Optional(int matched, int otherwise) => matched >= 0 ? matched : otherwise;

    // A list's sections or pages, each a value of the source (none where it holds only spaces).
    private readonly struct ValueSink(CanonicalValues values, ImmutableArray<TextValue>.Builder built) : ISectionSink
    {
        private readonly CanonicalValues _values = values;

        public void Add(int start, int end)
        {
            if (_values.Value(start, end) is { } value)
            {
                built.Add(value);
            }
        }
    }

    // The whole text and where a list starts in it, for the list's end probe.
    private readonly ref struct WholeText(ReadOnlySpan<char> text, int origin)
    {
        public ReadOnlySpan<char> Text { get; } = text;

        public int Origin { get; } = origin;
    }

    // The part end at a place of a list, asked at most once a place.
    private struct PartEndProbe() : IListEnd<WholeText>
    {
        private int _last = -1;
        private bool _lastMatched;

        public bool At(ref WholeText whole, ReadOnlySpan<char> text, int at)
        {
            if (at >= text.Length || !PartEndFirst.Contains(text[at]))
            {
                return false;
            }

            if (at != _last)
            {
                _last = at;
                _lastMatched = PartEnd(whole.Text, whole.Origin + at);
            }

            return _lastMatched;
        }
    }
}
