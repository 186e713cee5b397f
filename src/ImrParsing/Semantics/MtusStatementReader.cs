using System.Collections.Immutable;
using System.Text;
using ImrParsing.Diagnostics;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// The statements of a guideline part ("Decision based on MTUS ...", "Decision based on Non-MTUS
/// Citation ...", "The Claims Administrator did not cite any medical evidence for its decision.",
/// "... outside of the MTUS Guidelines."; other text up to the next statement is reported), read
/// left to right in one pass over the tokens of the source (<see cref="WordLexer"/>), each rule a
/// check at a place, its phrases matched as whole tokens; the default citation forms
/// (<see cref="MtusCitationForms.All"/>, whose token grammars describe what it reads) by hand. Each citation read
/// becomes a <see cref="GuidelineCitation"/> at once, its values spanning its first token's start
/// to its last token's end. A parser with other forms reads the statements alike and runs its forms'
/// token grammars (<see cref="CitationForm"/>) where a citation starts (<see cref="FormCitation"/>),
/// their building blocks (<see cref="CitationParts"/>) reading with this reader's checks.
/// </summary>
/// <remarks>
/// A place is where the canonical text's rules stood: a token (<see cref="At"/>) or the space
/// before one (<see cref="After"/>, where the space is), encoded so that places compare in text
/// order. Where a citation's part ends (pages, a chained citation, the statement's end) is asked
/// only at commas, spaces and full stops, at most once a place.
/// </remarks>
internal ref partial struct MtusStatementReader
{
    private readonly IReaderContext _context;
    private readonly LexedText _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly int _count;

    // A parser's own forms; null for the default ones, read by hand.
    private readonly CitationRules? _forms;

    // A page read from the digits a token starts with ("98a"): the place after that token stands
    // for the rest of it, where no rule reads on, and the page ends inside it.
    private int _partialAt;
    private int _partialEnd;
    private int _partialDigits;

    // The part end last asked, by place.
    private int _lastPartEnd;
    private bool _lastPartEndMatched;

    private MtusStatementReader(IReaderContext context, ReadOnlySpan<char> source, TokenList tokens)
    {
        _context = context;
        _text = new LexedText(source, tokens);
        _tokens = tokens.Tokens;
        _count = tokens.Count;
        _partialAt = -1;
        _lastPartEnd = -1;
        _forms = context.Citations.HasDefaultForms ? null : context.Citations;
    }

    /// <summary>
    /// The guideline part of <paramref name="span"/> with what the statements of its <paramref name="text"/>
    /// say: its flags and citations; text no statement reads is reported.
    /// </summary>
    public static Guideline Read(IReaderContext context, TextValue text, TextSpan span, int itemNumber, string label)
    {
        using var tokens = WordLexer.Lex(context.Text, text.Span.Start, text.Span.End);
        var reader = new MtusStatementReader(context, context.Text, tokens);
        return reader.Read(text, span, itemNumber, label);
    }

    private Guideline Read(TextValue text, TextSpan span, int itemNumber, string label)
    {
        var citations = PerThreadBuilder<GuidelineCitation>.Take();
        bool noEvidence = false;
        bool outsideMtus = false;
        int at = At(0);
        while (Tok(at) < _count)
        {
            _partialAt = -1;
            int end = Statement(at, Phrases.DecisionBasedOn.Match(_text, Tok(at)), 0, citations, ref noEvidence, ref outsideMtus, itemNumber, label);
            while (end == _partialAt)
            {
                // Pages read from the digits a token starts with: the rest of the token starts the
                // next statement ("5-" / "Decision based on", the line-end hyphen joined).
                int token = Tok(end) - 1;
                int tail = _partialDigits;
                _partialAt = -1;
                int lead = Ascii.EqualsIgnoreCase(_text.Chars(token)[tail..], Phrases.DecisionBasedOn.FirstWord) && SpaceBefore(token + 1)
                    ? Phrases.BasedOn.Match(_text, token + 1)
                    : -1;
                end = Statement(At(token), lead, tail, citations, ref noEvidence, ref outsideMtus, itemNumber, label);
            }

            at = IsMarkAt(end, '.') ? At(Tok(end) + 1) : At(Tok(end));
        }

        var guideline = new Guideline { Text = text, Span = span, NoEvidenceCited = noEvidence, OutsideMtus = outsideMtus, Citations = citations.ToImmutable() };
        PerThreadBuilder<GuidelineCitation>.Give(citations);
        return guideline;
    }

    // One statement from `start` (`skip` characters into its first token), where "Decision based
    // on" ends at `lead` or -1: its citations added, its flag set, or the text reported; where it ends.
    private int Statement(
        int start, int lead, int skip, ImmutableArray<GuidelineCitation>.Builder citations, ref bool noEvidence, ref bool outsideMtus, int itemNumber, string label)
    {
        if (lead >= 0 && CitationsAfter(lead, citations) is var end and >= 0)
        {
            return end;
        }

        if (Sentence(start, Phrases.NoEvidence) is var noEvidenceEnd and >= 0)
        {
            noEvidence = true;
            return noEvidenceEnd;
        }

        if (Sentence(start, Phrases.OutsideMtus) is var outsideEnd and >= 0)
        {
            outsideMtus = true;
            return outsideEnd;
        }

        return Unread(start, CharOffset(Tok(start), skip), skip, itemNumber, label);
    }

    // Text no statement reads, from `start` (its source offset `offset`, `skip` characters into its
    // first token) to the next statement's full stop, reported; where it ends.
    private int Unread(int start, int offset, int skip, int itemNumber, string label)
    {
        int end = UnreadEnd(start);
        _context.Report(ImrDiagnostics.UnreadGuidelineText, _context.Span(offset, EndOffset(end)), itemNumber, label, Excerpt(Tok(start), Tok(end), skip));
        return end;
    }

    // What follows "Decision based on": "MTUS ..." (the chain of forms) or "Non-MTUS Citation ...",
    // its citations added to `citations`; where it ends, or -1.
    private int CitationsAfter(int at, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        if (_text.IsWord(at, "MTUS") && SpaceBefore(at + 1) && Chain(At(at + 1), citations) is var end and >= 0)
        {
            return end;
        }

        return NonMtusChain(at, citations);
    }

    // "Non-MTUS Citation" and free texts joined by " and Other Medical Treatment Guidelines"
    // (NonMtusCitationGrammar.Citations), each read by NonMtusDetailsReader; where it ends, or -1.
    // A space beside the form's hyphen ("Non- MTUS": a line end an extractor wrote as a space) is
    // the same phrase.
    private int NonMtusChain(int index, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        int at;
        if (_text.IsWord(index, "NonMTUS"))
        {
            at = index + 1;
        }
        else if (_text.IsWord(index, "Non") && _text.IsMark(index + 1, '-') && _text.IsWord(index + 2, "MTUS"))
        {
            at = index + 3;
        }
        else
        {
            return -1;
        }

        if (SpaceBefore(at) && _text.IsWord(at, "Citation"))
        {
            at++;
        }

        int start = At(at);
        int end = FreeTextEnd(start);
        if (end == start)
        {
            return -1;
        }

        AddNonMtus(start, end, citations);
        while (OtherGuidelines(end) is var next and >= 0 && FreeTextEnd(next) is var freeEnd && freeEnd > next)
        {
            AddNonMtus(next, freeEnd, citations);
            end = freeEnd;
        }

        return end;
    }

    // " and Other Medical Treatment Guidelines" at a space: where the next free text starts, or -1.
    private int OtherGuidelines(int at) =>
        IsSpaceAt(at) && Phrases.OtherGuidelines.Match(_text, Tok(at)) is var end and >= 0 ? At(end) : -1;

    // A Non-MTUS citation: its free text's details are read from the statement's tokens, with
    // source spans; a text that ends inside a token (a page read from its digits) is lexed alone.
    private void AddNonMtus(int start, int end, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        if (Value(start, end) is not { } text)
        {
            return;
        }

        int first = Tok(start);
        int count = Tok(end) - first;
        var citation = count > 0 && text.Span.End == _tokens[first + count - 1].End
            ? NonMtusDetailsReader.Read(_context, text, _text.Slice(first, count))
            : NonMtusDetailsReader.Read(_context, text);
        citations.Add(citation);
    }

    // Where a Non-MTUS citation's free text ends: before the next guideline it joins, the end of the statement, or the text's end.
    private int FreeTextEnd(int start)
    {
        for (int at = Candidate(start, ".", inclusive: true); Tok(at) < _count; at = Candidate(at, ".", inclusive: false))
        {
            if (OtherGuidelines(at) >= 0 || StatementEnd(at))
            {
                return at;
            }
        }

        return At(_count);
    }

    // A sentence that holds a fixed phrase, from here up to its full stop (GuidelineGrammar.Sentence): where it ends, or -1.
    private int Sentence(int start, TokenPhrase phrase)
    {
        int index = Tok(start);
        int phraseEnd;
        while (true)
        {
            if (index >= _count)
            {
                return -1;
            }

            phraseEnd = phrase.Match(_text, index);
            if (phraseEnd >= 0)
            {
                break;
            }

            if (_text.IsMark(index, '.'))
            {
                return -1;
            }

            index++;
        }

        return At(NextStop(phraseEnd));
    }

    // The first full stop from token `index` on, or the end.
    private int NextStop(int index)
    {
        while (index < _count && !_text.IsMark(index, '.'))
        {
            index++;
        }

        return index;
    }

    // Where text that no statement reads ends: at the next statement's full stop, or the end (GuidelineGrammar.Unread).
    private int UnreadEnd(int start)
    {
        for (int index = NextStop(Tok(start) + 1); index < _count; index = NextStop(index + 1))
        {
            if (StatementEnd(At(index)))
            {
                return At(index);
            }
        }

        return At(_count);
    }

    // A full stop followed by the end or the next statement (GuidelineBoundaries.StatementEnd).
    private bool StatementEnd(int at)
    {
        if (!IsMarkAt(at, '.'))
        {
            return false;
        }

        int next = Tok(at) + 1;
        return next == _count || Phrases.DecisionBasedOn.Match(_text, next) >= 0 || SentenceHoldsPhrase(next);
    }

    // Either fixed phrase before the next full stop (GuidelineBoundaries.StatementStart).
    private bool SentenceHoldsPhrase(int index)
    {
        for (; index < _count && !_text.IsMark(index, '.'); index++)
        {
            if (Phrases.NoEvidence.Match(_text, index) >= 0 || Phrases.OutsideMtus.Match(_text, index) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The citations after "MTUS ", separated as MtusCitationForms.Separator says, added to
    // `citations`; where the last ends, or -1 where none is read.
    private int Chain(int start, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        int end = Citation(start, citations);
        if (end < 0)
        {
            return -1;
        }

        while (Separator(end) is var next and >= 0 && Citation(next, citations) is var citationEnd and >= 0)
        {
            end = citationEnd;
        }

        return end;
    }

    // One citation, of the first default form that reads it: added to `citations` (unless its
    // text is empty); where it ends, or -1.
    private int Citation(int start, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        if (_forms is not null)
        {
            return FormCitation(start, citations);
        }

        var sections = PerThreadBuilder<TextValue>.Take();
        var pages = PerThreadBuilder<TextValue>.Take();
        int end = TitleAndYear(start, sections, pages, out var citation);
        if (end < 0)
        {
            sections.Clear();
            pages.Clear();
            end = AcoemChapter(start, pages, out citation);
        }

        if (end < 0)
        {
            sections.Clear();
            pages.Clear();
            end = NamedGuidelines(start, sections, pages, out citation);
        }

        if (citation is not null)
        {
            citations.Add(citation);
        }

        PerThreadBuilder<TextValue>.Give(sections);
        PerThreadBuilder<TextValue>.Give(pages);
        return end;
    }

    // "Low Back Complaints 2004[ Guidelines][, Section(s): ...][, Page(s): ...]".
    private int TitleAndYear(int start, ImmutableArray<TextValue>.Builder sections, ImmutableArray<TextValue>.Builder pages, out GuidelineCitation? citation)
    {
        citation = null;
        int year = Title(Tok(start), beforeYear: true, commas: false);
        if (year < 0)
        {
            return -1;
        }

        int at = After(year + 1);
        if (IsSpaceAt(at) && _text.IsWord(year + 1, "Guidelines"))
        {
            at = After(year + 2);
        }

        if (SectionsLead(at) is var sectionsStart and >= 0)
        {
            at = SectionsOrNone(At(sectionsStart), sections);
        }

        if (!Pages(ref at, pages))
        {
            return -1;
        }

        if (Value(start, at) is { } whole)
        {
            citation = new GuidelineCitation
            {
                Mtus = true,
                Title = Value(start, At(year)),
                Year = Spanned(YearValue(year), year),
                Sections = sections.ToImmutable(),
                Pages = pages.ToImmutable(),
                Text = whole,
                Span = whole.Span,
            };
        }

        return at;
    }

    // "ACOEM Chapter 12 Low Back Complaints[ Page(s): 298]".
    private int AcoemChapter(int start, ImmutableArray<TextValue>.Builder pages, out GuidelineCitation? citation)
    {
        citation = null;
        int number = Chapter(AfterAcoem(Tok(start)), out int chapter);
        if (number < 0)
        {
            return -1;
        }

        int titleStart = At(number + 1);
        int titleEnd = AcoemTitleEnd(titleStart);
        int at = titleEnd;
        if (titleEnd == titleStart || !Pages(ref at, pages))
        {
            return -1;
        }

        if (Value(start, at) is { } whole)
        {
            citation = new GuidelineCitation
            {
                Mtus = true,
                Title = Value(titleStart, titleEnd),
                Chapter = Spanned(chapter, number),
                Sections = [],
                Pages = pages.ToImmutable(),
                Text = whole,
                Span = whole.Span,
            };
        }

        return at;
    }

    // Where an ACOEM chapter's title that starts at a place ends: at a comma or where the part ends.
    private int AcoemTitleEnd(int titleStart)
    {
        int titleEnd = Candidate(titleStart, ",.", inclusive: true);
        while (Tok(titleEnd) < _count && !IsMarkAt(titleEnd, ',') && !PartEnd(titleEnd))
        {
            titleEnd = Candidate(titleEnd, ",.", inclusive: false);
        }

        return titleEnd;
    }

    // "Chronic Pain Treatment Guidelines[ (Effective July 18, 2009)][ sections][, Page(s): 98]".
    private int NamedGuidelines(int start, ImmutableArray<TextValue>.Builder sections, ImmutableArray<TextValue>.Builder pages, out GuidelineCitation? citation)
    {
        citation = null;
        int guidelines = Title(Tok(start), beforeYear: false, commas: false);
        if (guidelines < 0)
        {
            return -1;
        }

        int at = After(guidelines + 1);
        if (Effective(Tok(at), out var effective) is var afterDate and >= 0)
        {
            at = After(afterDate);
        }

        if (IsSpaceAt(at) && Tok(at) < _count && PagesLead(Tok(at)) < 0)
        {
            at = SectionsOrNone(At(Tok(at)), sections);
        }

        if (!Pages(ref at, pages))
        {
            return -1;
        }

        if (Value(start, at) is { } whole)
        {
            citation = new GuidelineCitation
            {
                Mtus = true,
                Title = Value(start, At(guidelines)),
                Year = effective is { } dated ? YearOf(dated.Date.Year, dated.End) : null,
                Sections = sections.ToImmutable(),
                Pages = pages.ToImmutable(),
                EffectiveDate = effective is { } day ? _context.Spanned(day.Date, day.Start, day.End) : null,
                Text = whole,
                Span = whole.Span,
            };
        }

        return at;
    }

    // "(Effective July 18, 2009)" at token `lead` (CitationGrammar.EffectiveDate): the date, and the
    // index of the token after it (and its closing bracket), or -1.
    private int Effective(int lead, out TokenDate? effective)
    {
        effective = null;
        if (!(_text.IsMark(lead, '(') && _text.IsWord(lead + 1, "Effective") && !SpaceBefore(lead + 1)
            && EffectiveDate(lead + 2) is { } date))
        {
            return -1;
        }

        effective = date;
        int after = LastTokenOf(date.End) + 1;
        return _text.IsMark(after, ')') && !SpaceBefore(after) ? after + 1 : after;
    }

    // The date (DateGrammar.Date: numeric or named, not glued) that starts at token `index`.
    private TokenDate? EffectiveDate(int index)
    {
        if (index >= _count)
        {
            return null;
        }

        int start = _tokens[index].Start;
        foreach (var date in new DateTokenReader(_text.Text, _text.List))
        {
            if (date.Start >= start)
            {
                return date.Start == start && date.Form != DateForm.Glued ? date : null;
            }
        }

        return null;
    }

    // The index of the last token that ends by `end`.
    private int LastTokenOf(int end)
    {
        int index = _tokens.Length - 1;
        while (_tokens[index].End > end)
        {
            index--;
        }

        return index;
    }

    // "(Effective July 18, 2009)" dates the 2009 edition: its year the date's last token, where that is the year.
    private Spanned<int>? YearOf(int dated, int end)
    {
        int last = LastTokenOf(end);
        return _tokens[last].Kind == TokenKind.Number && int.TryParse(_text.Chars(last), System.Globalization.CultureInfo.InvariantCulture, out int year)
            && year == dated && _text.Chars(last).Length == 4
            ? Spanned(year, last)
            : null;
    }

    // Where a citation of any default form begins (CitationRules.CitationStart).
    private bool CitationStart(int at)
    {
        int index = Tok(at);
        if (index >= _count)
        {
            return false;
        }

        if (_forms is not null)
        {
            return FormStart(at);
        }

        return ChainedTitle(index) > 0
            || Chapter(AfterAcoem(index), out _) >= 0
            || Title(index, beforeYear: false, commas: false) > 0;
    }

    // The title of a chained citation up to its year (CitationGrammar.ChainedTitleBeforeYear): one
    // of the titles with commas, or words without one; the index of the year, or -1.
    private int ChainedTitle(int index)
    {
        foreach (var title in Phrases.TitlesWithCommas)
        {
            int end = title.Match(_text, index);
            if (end >= 0 && SpaceBefore(end) && IsYear(end))
            {
                return end;
            }
        }

        return Title(index, beforeYear: true, commas: true);
    }

    // Where a citation's sections or title end (CitationParts.PartEnd): pages ahead, a chained
    // citation after a separator, or the end of the statement; asked at most once a place.
    private bool PartEnd(int at)
    {
        if (at != _lastPartEnd)
        {
            _lastPartEnd = at;
            _lastPartEndMatched = PagesAhead(at) || (Separator(at) is var next and >= 0 && CitationStart(next)) || StatementEnd(at);
        }

        return _lastPartEndMatched;
    }

    // ", and ", " and ", or a comma and any space; where the next citation starts, or -1.
    private int Separator(int at)
    {
        int index = Tok(at);
        if (IsMarkAt(at, ','))
        {
            return _text.IsWord(index + 1, "and") && SpaceBefore(index + 1) && SpaceBefore(index + 2) ? At(index + 2) : At(index + 1);
        }

        return IsSpaceAt(at) && _text.IsWord(index, "and") && SpaceBefore(index + 1) ? At(index + 1) : -1;
    }

    // ", Section(s):": the index of the token after it, or -1.
    private int SectionsLead(int at)
    {
        int index = Tok(at);
        return IsMarkAt(at, ',') && SpaceBefore(index + 1) && _text.IsWord(index + 1, "Section") ? Plural(index + 2) : -1;
    }

    // "(s):", a colon after a space too: the index of the token after it, or -1.
    private int Plural(int index) =>
        _text.IsMark(index, '(') && !SpaceBefore(index) && _text.IsWord(index + 1, "s") && !SpaceBefore(index + 1)
        && _text.IsMark(index + 2, ')') && !SpaceBefore(index + 2) && _text.IsMark(index + 3, ':')
            ? index + 4
            : -1;

    // The pages that close a citation, where pages follow (CitationGrammar.PagesPart), added to
    // `pages`; false where pages were announced but could not be read, which fails the citation as the rule does.
    private bool Pages(ref int at, ImmutableArray<TextValue>.Builder pages)
    {
        if (!PagesAhead(at))
        {
            return true;
        }

        int first = PagesLead(IsMarkAt(at, ',') ? Tok(at) + 1 : Tok(at));
        int end = PageRef(first);
        if (end < 0)
        {
            return false;
        }

        Add(pages, At(first), end);
        while (IsMarkAt(end, ',') && PageRef(Tok(end) + 1) is var pageEnd and >= 0)
        {
            Add(pages, At(Tok(end) + 1), pageEnd);
            end = pageEnd;
        }

        at = end;
        return true;
    }

    // ", Page(s): 29", " Page(s): 98", ", pages 98-99" ahead (CitationGrammar.PagesAhead).
    private bool PagesAhead(int at)
    {
        int lead = IsMarkAt(at, ',') ? PagesLead(Tok(at) + 1) : IsSpaceAt(at) ? PagesLead(Tok(at)) : -1;
        return lead >= 0 && lead < _count && _tokens[lead].Kind != TokenKind.Punctuation && char.IsDigit(_text.Chars(lead)[0]);
    }

    // "Page(s):", "pages", ..., "p": the first that matches decides, a whole word; the index of the token after it, or -1.
    private int PagesLead(int index)
    {
        if (index >= _count || !Phrases.PageLeadStarts.MayBe(_text.Chars(index)))
        {
            return -1;
        }

        foreach (var (words, colon) in Phrases.PageLeads)
        {
            int end = words.Match(_text, index);
            if (end >= 0 && colon)
            {
                end = _text.IsMark(end, ':') ? end + 1 : -1;
            }

            if (end >= 0)
            {
                bool wordEnds = end >= _count || SpaceBefore(end) || _tokens[end].Kind == TokenKind.Punctuation;
                return wordEnds ? end : -1;
            }
        }

        return -1;
    }

    // "98" or "98-99" (CitationGrammar.PageRef): the place after it, or -1.
    private int PageRef(int index)
    {
        int digits = LeadingDigits(index);
        if (digits == 0)
        {
            return -1;
        }

        if (digits < _text.Chars(index).Length)
        {
            return Partial(index, digits);
        }

        int dash = index + 1;
        if (!(_text.IsMark(dash, '-') || _text.IsMark(dash, '\u2013')) || SpaceBefore(dash) || dash + 1 >= _count || SpaceBefore(dash + 1)
            || _tokens[dash + 1].Kind == TokenKind.Punctuation || !char.IsDigit(_text.Chars(dash + 1)[0]))
        {
            return After(index + 1);
        }

        int last = LeadingDigits(dash + 1);
        return last == 0 ? -1 : last < _text.Chars(dash + 1).Length ? Partial(dash + 1, last) : After(dash + 2);
    }

    // The place after a token whose first `digits` characters were read.
    private int Partial(int index, int digits)
    {
        _partialAt = After(index + 1);
        _partialEnd = CharOffset(index, digits - 1) + 1;
        _partialDigits = digits;
        return _partialAt;
    }

    // Where character `at` of token `index` (of its characters, a word broken at a line end joined) is in the source.
    private int CharOffset(int index, int at)
    {
        var token = _tokens[index];
        if (_text.Chars(index).Length == token.Length)
        {
            return token.Start + at;
        }

        int counted = 0;
        for (int offset = token.Start; offset < token.End; offset++)
        {
            if (char.IsLetterOrDigit(_text.Text[offset]) && counted++ == at)
            {
                return offset;
            }
        }

        return token.End;
    }

    // How many ASCII digits token `index` starts with.
    private int LeadingDigits(int index)
    {
        if (index >= _count || _tokens[index].Kind == TokenKind.Punctuation)
        {
            return 0;
        }

        var chars = _text.Chars(index);
        int digits = chars.IndexOfAnyExceptInRange('0', '9');
        return digits < 0 ? chars.Length : digits;
    }

    // "Chapter 12" (CitationGrammar.Chapter): the index of the number and its value, or -1.
    private int Chapter(int index, out int number)
    {
        number = 0;
        int digits = index + 1;
        if (!_text.IsWord(index, "Chapter") || digits >= _count || _tokens[digits].Kind != TokenKind.Number || _text.Chars(digits).Length > 5)
        {
            return -1;
        }

        number = int.Parse(_text.Chars(digits), provider: System.Globalization.CultureInfo.InvariantCulture);
        return digits;
    }

    // Past an "ACOEM" followed by a space.
    private int AfterAcoem(int index) => _text.IsWord(index, "ACOEM") && SpaceBefore(index + 1) ? index + 1 : index;

    // Four digits from 1900 to 2099, a whole word (CitationGrammar.Year).
    private bool IsYear(int index)
    {
        if (index >= _count || _tokens[index].Kind != TokenKind.Number)
        {
            return false;
        }

        var digits = _text.Chars(index);
        return digits.Length == 4 && (digits.StartsWith("19") || digits.StartsWith("20"));
    }

    private int YearValue(int index) => int.Parse(_text.Chars(index), provider: System.Globalization.CultureInfo.InvariantCulture);
}
