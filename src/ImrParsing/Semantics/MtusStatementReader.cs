using System.Buffers;
using System.Collections.Immutable;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// The statements of a guideline part with the default citation forms (<see cref="MtusCitationForms.All"/>),
/// read left to right in one pass over the canonical text: what <see cref="CitationRules.Statements"/>
/// reads, each rule of <see cref="MtusCitationForms"/>, <see cref="CitationGrammar"/> and
/// <see cref="GuidelineGrammar"/> written out as a check at a place. Where a citation's part ends
/// (pages, a chained citation, the statement's end) is asked only at commas, spaces and full
/// stops, at most once a place; the Pidgin rules ran every form's start there through their list
/// machinery. A parser with other forms reads with its own <see cref="CitationRules"/>.
/// </summary>
internal static class MtusStatementReader
{
    private static readonly ImmutableArray<CitationSyntax> NoCitations = [];

    // A builder per thread for each kind of list, reused: lists of one kind are never read inside each other.
    [ThreadStatic]
    private static ImmutableArray<GuidelineStatement>.Builder? t_statements;

    [ThreadStatic]
    private static ImmutableArray<CitationSyntax>.Builder? t_citations;

    [ThreadStatic]
    private static ImmutableArray<OffsetRange>.Builder? t_numbered;

    [ThreadStatic]
    private static ImmutableArray<OffsetRange>.Builder? t_pages;

    private static readonly TitleReader YearTitle = TitleReader.BeforeYear(CitationGrammar.TitleBarriers);

    private static readonly TitleReader ChainedYearTitle = TitleReader.BeforeYear(CitationGrammar.TitleBarriers + ",");

    private static readonly TitleReader GuidelinesTitle = TitleReader.BeforeGuidelines(CitationGrammar.TitleBarriers);

    private static readonly SectionListReader Lists = new(CitationRules.Default.Parts.PartEnd);

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

    /// <summary>Every statement of a guideline's canonical text, in order, as <see cref="CitationRules.Statements"/> reads them.</summary>
    public static ImmutableArray<GuidelineStatement> Read(ReadOnlySpan<char> text)
    {
        var statements = Reused(ref t_statements);
        int at = Space(text, 0);
        while (at < text.Length)
        {
            var statement = CitationStatement(text, at)
                ?? Sentence(text, at, NoEvidence, NoEvidenceStops, GuidelineStatementKind.NoEvidenceCited)
                ?? Sentence(text, at, OutsideMtus, OutsideMtusStops, GuidelineStatementKind.OutsideMtus)
                ?? Unread(text, at);
            statements.Add(statement);
            at = statement.Range.End;
            if (at < text.Length && text[at] == '.')
            {
                at++;
            }

            at = Space(text, at);
        }

        return statements.ToImmutable();
    }

    // "Decision based on MTUS ..." (the chain of forms) or "Decision based on Non-MTUS Citation ...".
    private static GuidelineStatement? CitationStatement(ReadOnlySpan<char> text, int start)
    {
        int at = Match(text, start, "Decision based on");
        if (at < 0)
        {
            return null;
        }

        at = Space(text, at);
        int mtus = Match(text, at, "MTUS ");
        if (mtus >= 0 && Chain(text, mtus, out var citations, out int end))
        {
            return new GuidelineStatement(GuidelineStatementKind.Citations, new OffsetRange(start, end), citations);
        }

        return NonMtusChain(text, at, out citations, out end)
            ? new GuidelineStatement(GuidelineStatementKind.Citations, new OffsetRange(start, end), citations)
            : null;
    }

    // "Non-MTUS Citation" and free texts joined by " and Other Medical Treatment Guidelines" (NonMtusCitationGrammar.Citations).
    private static bool NonMtusChain(ReadOnlySpan<char> text, int start, out ImmutableArray<CitationSyntax> citations, out int end)
    {
        citations = default;
        end = start;
        int at = Match(text, start, "Non");
        if (at < 0)
        {
            return false;
        }

        at = Match(text, at < text.Length && text[at] == '-' ? at + 1 : at, "MTUS");
        if (at < 0)
        {
            return false;
        }

        at = Space(text, Optional(Match(text, at, " Citation"), at));
        int first = FreeTextEnd(text, at);
        if (first == at)
        {
            return false;
        }

        var read = Reused(ref t_citations);
        read.Add(new CitationSyntax { Mtus = false, Range = new OffsetRange(at, first) });
        end = first;
        while (Match(text, end, OtherGuidelines) is var joined and >= 0 && Space(text, joined) is var next && FreeTextEnd(text, next) is var freeEnd && freeEnd > next)
        {
            read.Add(new CitationSyntax { Mtus = false, Range = new OffsetRange(next, freeEnd) });
            end = freeEnd;
        }

        citations = read.ToImmutable();
        return true;
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

    // A sentence that holds a fixed phrase, from here up to its full stop (GuidelineGrammar.Sentence).
    private static GuidelineStatement? Sentence(ReadOnlySpan<char> text, int start, string phrase, SearchValues<char> stops, GuidelineStatementKind kind)
    {
        int at = start;
        int phraseEnd;
        while (true)
        {
            int found = text[at..].IndexOfAny(stops);
            if (found < 0)
            {
                return null;
            }

            at += found;
            phraseEnd = Match(text, at, phrase);
            if (phraseEnd >= 0)
            {
                break;
            }

            if (text[at] == '.')
            {
                return null;
            }

            at++;
        }

        int stop = text[phraseEnd..].IndexOf('.');
        return new GuidelineStatement(kind, new OffsetRange(start, stop < 0 ? text.Length : phraseEnd + stop), NoCitations);
    }

    // Text up to the next statement's full stop, or the end (GuidelineGrammar.Unread).
    private static GuidelineStatement Unread(ReadOnlySpan<char> text, int start)
    {
        int at = start + 1;
        while (true)
        {
            int found = text[at..].IndexOf('.');
            if (found < 0)
            {
                return new GuidelineStatement(GuidelineStatementKind.Unread, new OffsetRange(start, text.Length), NoCitations);
            }

            at += found;
            if (StatementEnd(text, at))
            {
                return new GuidelineStatement(GuidelineStatementKind.Unread, new OffsetRange(start, at), NoCitations);
            }

            at++;
        }
    }

    // A full stop followed by the end or the next statement (GuidelineBoundaries.StatementEnd).
    private static bool StatementEnd(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || text[at] != '.')
        {
            return false;
        }

        int next = Space(text, at + 1);
        return next == text.Length || Match(text, next, "Decision based on") >= 0 || SentenceHoldsPhrase(text, next);
    }

    // Either fixed phrase before the next full stop (GuidelineBoundaries.StatementStart).
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

    // The citations after "MTUS ", separated as MtusCitationForms.Separator says.
    private static bool Chain(ReadOnlySpan<char> text, int start, out ImmutableArray<CitationSyntax> citations, out int end)
    {
        if (Citation(text, start) is not { } first)
        {
            citations = default;
            end = start;
            return false;
        }

        var read = Reused(ref t_citations);
        read.Add(first);
        end = first.Range.End;
        while (Separator(text, end) is var next and >= 0 && Citation(text, next) is { } citation)
        {
            read.Add(citation);
            end = citation.Range.End;
        }

        citations = read.ToImmutable();
        return true;
    }

    // One citation, of the first default form that reads it.
    private static CitationSyntax? Citation(ReadOnlySpan<char> text, int start) =>
        TitleAndYear(text, start) ?? AcoemChapter(text, start) ?? NamedGuidelines(text, start);

    // "Low Back Complaints 2004[ Guidelines][, Section(s): ...][, Page(s): ...]".
    private static CitationSyntax? TitleAndYear(ReadOnlySpan<char> text, int start)
    {
        int titleLength = YearTitle.Length(text[start..]);
        if (titleLength < 0)
        {
            return null;
        }

        int yearStart = start + titleLength + 1;
        if (Year(text, yearStart) is not { } year)
        {
            return null;
        }

        int at = yearStart + 4;
        at = Optional(Match(text, at, " Guidelines"), at);
        var sections = ImmutableArray<OffsetRange>.Empty;
        int sectionsLead = Match(text, at, ", Section(s):");
        if (sectionsLead >= 0)
        {
            at = SectionsOrNone(text, Space(text, sectionsLead), out sections);
        }

        return Pages(text, ref at, out var pages)
            ? new CitationSyntax
            {
                Mtus = true,
                Range = new OffsetRange(start, at),
                Title = new OffsetRange(start, start + titleLength),
                Year = (year, new OffsetRange(yearStart, yearStart + 4)),
                Sections = sections,
                Pages = pages,
            }
            : null;
    }

    // "ACOEM Chapter 12 Low Back Complaints[ Page(s): 298]".
    private static CitationSyntax? AcoemChapter(ReadOnlySpan<char> text, int start)
    {
        if (Chapter(text, Optional(Match(text, start, "ACOEM "), start)) is not { } chapter)
        {
            return null;
        }

        int titleStart = Space(text, chapter.Range.End);
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

        if (titleEnd == titleStart)
        {
            return null;
        }

        int at = titleEnd;
        return Pages(text, ref at, out var pages)
            ? new CitationSyntax
            {
                Mtus = true, Range = new OffsetRange(start, at), Chapter = chapter, Title = new OffsetRange(titleStart, titleEnd), Pages = pages,
            }
            : null;
    }

    // "Chronic Pain Treatment Guidelines[ (Effective July 18, 2009)][ sections][, Page(s): 98]".
    private static CitationSyntax? NamedGuidelines(ReadOnlySpan<char> text, int start)
    {
        int titleLength = GuidelinesTitle.Length(text[start..]);
        if (titleLength < 0)
        {
            return null;
        }

        int at = Match(text, start + titleLength, " Guidelines");
        (DateOnly Value, OffsetRange Range)? effective = null;
        if (Match(text, Space(text, at), "(Effective") >= 0 && CitationGrammar.EffectiveDate.TryMatchAt(text, at, out var date, out int dateEnd))
        {
            effective = date;
            at = dateEnd;
        }

        var sections = ImmutableArray<OffsetRange>.Empty;
        if (at < text.Length && text[at] == ' ' && PagesLead(text, at + 1) < 0)
        {
            at = SectionsOrNone(text, at + 1, out sections);
        }

        return Pages(text, ref at, out var pages)
            ? new CitationSyntax
            {
                Mtus = true,
                Range = new OffsetRange(start, at),
                Title = new OffsetRange(start, start + titleLength),
                EffectiveDate = effective,
                Sections = sections,
                Pages = pages,
            }
            : null;
    }

    // Where a citation of any default form begins (CitationRules.CitationStart).
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
            || Chapter(text, Optional(Match(text, at, "ACOEM "), at)) is not null
            || (GuidelinesTitle.Length(text[at..]) is var length and > 0 && Match(text, at + length, " Guidelines") >= 0);
    }

    // Where a citation's sections or title end (CitationParts.PartEnd): pages ahead, a chained
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

    // The sections of a list (SectionListGrammar.List), or none; where the list ends.
    private static int SectionsOrNone(ReadOnlySpan<char> text, int start, out ImmutableArray<OffsetRange> sections)
    {
        if (Numbered(text, start, out sections, out int end))
        {
            return end;
        }

        var whole = new WholeText(text, start);
        var ends = new PartEndProbe();
        if (Lists.Read(ref whole, ref ends, text[start..], start, out sections, out int length))
        {
            return start + length;
        }

        sections = [];
        return start;
    }

    // "3.3.1 Opioids ..., 3.3.2 ...": numbered sections, split only before the next number.
    private static bool Numbered(ReadOnlySpan<char> text, int start, out ImmutableArray<OffsetRange> sections, out int end)
    {
        end = start;
        int first = NumberedSectionEnd(text, start);
        if (first < 0)
        {
            sections = default;
            return false;
        }

        var read = Reused(ref t_numbered);
        read.Add(new OffsetRange(start, first));
        end = first;
        while (Match(text, end, ", ") is var next and >= 0 && NumberedSectionEnd(text, next) is var sectionEnd and >= 0)
        {
            read.Add(new OffsetRange(next, sectionEnd));
            end = sectionEnd;
        }

        sections = read.ToImmutable();
        return true;
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

    // "3.3.9 ", "4.1 ", "3. " (SectionListGrammar.SectionNumber): where it ends, or -1.
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

    // The pages that close a citation, where pages follow (CitationGrammar.PagesPart); false where
    // pages were announced but could not be read, which fails the citation as the rule does.
    private static bool Pages(ReadOnlySpan<char> text, ref int at, out ImmutableArray<OffsetRange> pages)
    {
        pages = [];
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

        var read = Reused(ref t_pages);
        read.Add(new OffsetRange(first, end));
        while (end < text.Length && text[end] == ',' && Space(text, end + 1) is var next && PageRefEnd(text, next) is var pageEnd and >= 0)
        {
            read.Add(new OffsetRange(next, pageEnd));
            end = pageEnd;
        }

        pages = read.ToImmutable();
        at = end;
        return true;
    }

    // ", Page(s): 29", " Page(s): 98", ", pages 98-99" ahead (CitationGrammar.PagesAhead).
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

    // "98" or "98-99" (CitationGrammar.PageRef): where it ends, or -1.
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

    // "Chapter 12" (CitationGrammar.Chapter).
    private static (int Value, OffsetRange Range)? Chapter(ReadOnlySpan<char> text, int start)
    {
        int at = Match(text, start, "Chapter");
        if (at < 0)
        {
            return null;
        }

        at = Space(text, at);
        int digits = DigitsLength(text, at);
        return digits is > 0 and <= 5 && WordEnds(text, at + digits)
            ? (int.Parse(text.Slice(at, digits), provider: System.Globalization.CultureInfo.InvariantCulture), new OffsetRange(at, at + digits))
            : null;
    }

    // Four digits from 1900 to 2099, a whole word (CitationGrammar.Year).
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
