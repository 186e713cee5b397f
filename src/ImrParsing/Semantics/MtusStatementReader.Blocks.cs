using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

// The building blocks of citation forms' token grammars (CitationParts), each read with the
// reader's own checks, and the forms' rules run where the reader meets a citation.
internal ref partial struct MtusStatementReader
{
    /// <summary>A reader over the statement a citation rule runs on.</summary>
    internal static MtusStatementReader For(CitationInput input) => new(input.Context, input.Context.Text, input.Tokens);

    // One citation of a parser's own forms: the first rule that reads at `start` (its syntax built
    // into the citation, its text the tokens it read); where it ends, or -1.
    private int FormCitation(int start, ImmutableArray<GuidelineCitation>.Builder citations)
    {
        foreach (var rule in _forms!.Readers)
        {
            var input = new CitationInput(_context, _text.List, Tok(start));
            int last = CitationInput.Run(rule, input, out var syntax);
            if (last < 0)
            {
                continue;
            }

            int end = EndPlace(input, last);
            if (Value(start, end) is { } whole)
            {
                citations.Add(Build(syntax ?? new CitationSyntax(), whole));
            }

            return end;
        }

        return -1;
    }

    // Where a citation of any of a parser's own forms begins.
    private bool FormStart(int at)
    {
        foreach (var start in _forms!.Starts)
        {
            if (CitationInput.Run(start, new CitationInput(_context, _text.List, Tok(at)), out _) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The place a rule that stopped before token `last` ended at: inside a token where its pages
    // did, where its last sections or pages block left it, or just past its last token.
    private int EndPlace(CitationInput input, int last)
    {
        if (input.Partial.Place >= 0 && Tok(input.Partial.Place) == last)
        {
            (_partialAt, _partialEnd, _partialDigits) = input.Partial;
            return _partialAt;
        }

        return input.EndPlace >= 0 && Tok(input.EndPlace) == last ? input.EndPlace : After(last);
    }

    private GuidelineCitation Build(CitationSyntax syntax, TextValue whole) => new()
    {
        Mtus = true,
        Title = Value(syntax.Title),
        Year = syntax.Year is { } year ? Spanned(year.Value, year.Span)
            : syntax.EffectiveDate is { } date ? YearOf(date.Value.Year, date.Span.End)
            : null,
        Chapter = syntax.Chapter is { } chapter ? Spanned(chapter.Value, chapter.Span) : null,
        ChapterName = Value(syntax.ChapterName),
        Sections = Values(syntax.Sections),
        Pages = Values(syntax.Pages),
        EffectiveDate = syntax.EffectiveDate is { } effective ? Spanned(effective.Value, effective.Span) : null,
        Text = whole,
        Span = whole.Span,
    };

    private TextValue? Value(TextSpan? span) => span is { } s ? _context.Value(s.Start, s.End) : null;

    private Spanned<T> Spanned<T>(T value, TextSpan span) => _context.Spanned(value, span.Start, span.End);

    private ImmutableArray<TextValue> Values(ImmutableArray<TextSpan> spans)
    {
        var values = ImmutableArray.CreateBuilder<TextValue>(spans.Length);
        foreach (var span in spans)
        {
            if (Value(span) is { } value)
            {
                values.Add(value);
            }
        }

        return values.DrainToImmutable();
    }

    // The place a block begins at, token `index`: where the block before it ended, or just past the token before.
    private int PlaceAt(CitationInput input, int index) =>
        input.EndPlace >= 0 && Tok(input.EndPlace) == index && input.EndPlace != input.Partial.Place ? input.EndPlace : After(index);

    // The span of tokens `first` to `end` (exclusive).
    private TextSpan SpanOf(int first, int end) => _context.Span(_tokens[first].Start, _tokens[end - 1].End);

    private static ImmutableArray<TextSpan> Spans(ImmutableArray<TextValue>.Builder values)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>(values.Count);
        foreach (var value in values)
        {
            spans.Add(value.Span);
        }

        return spans.MoveToImmutable();
    }

    /// <summary>Words and marks as <see cref="TokenPhrase"/> matches them; white space the phrase starts with must stand before it, and a mark it starts with must follow the rule's last token directly.</summary>
    internal sealed class PhraseBlock(string phrase) : CitationBlock<TextSpan>(phrase.Trim())
    {
        private readonly TokenPhrase _phrase = new(phrase.Trim());
        private readonly bool _spaced = char.IsWhiteSpace(phrase[0]);
        private readonly bool _glued = !char.IsLetterOrDigit(phrase[0]) && !char.IsWhiteSpace(phrase[0]);

        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out TextSpan result)
        {
            end = _phrase.Match(reader._text, index);
            bool inside = index > input.First;
            if (end < 0 || (_spaced && !reader.SpaceBefore(index)) || (_glued && inside && reader.SpaceBefore(index)))
            {
                result = default;
                return false;
            }

            result = reader.SpanOf(index, end);
            return true;
        }
    }

    /// <summary>A year, four digits from 1900 to 2099, one token.</summary>
    internal sealed class YearBlock() : CitationBlock<(int Value, TextSpan Span)>("a year")
    {
        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out (int Value, TextSpan Span) result)
        {
            end = index + 1;
            bool year = reader.IsYear(index);
            result = year ? (reader.YearValue(index), reader.SpanOf(index, end)) : default;
            return year;
        }
    }

    /// <summary>"Chapter 12", after "ACOEM " where <c>acoem</c>.</summary>
    internal sealed class ChapterBlock(bool acoem) : CitationBlock<(int Value, TextSpan Span)>("a chapter")
    {
        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out (int Value, TextSpan Span) result)
        {
            int digits = reader.Chapter(acoem ? reader.AfterAcoem(index) : index, out int number);
            end = digits + 1;
            result = digits >= 0 ? (number, reader.SpanOf(digits, end)) : default;
            return digits >= 0;
        }
    }

    /// <summary>A title up to a year or " Guidelines" (left for the next block); a chained citation's (<c>chained</c>) holds no comma but those of <see cref="CitationGrammar.TitlesWithCommas"/>.</summary>
    internal sealed class TitleBlock(bool beforeYear, bool chained) : CitationBlock<TextSpan>("a title")
    {
        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out TextSpan result)
        {
            end = chained ? reader.ChainedTitle(index) : reader.Title(index, beforeYear, commas: false);
            result = end > index ? reader.SpanOf(index, end) : default;
            return end > index;
        }
    }

    /// <summary>"(Effective July 18, 2009)": the date and where it is.</summary>
    internal sealed class EffectiveDateBlock() : CitationBlock<(DateOnly Value, TextSpan Span)>("an effective date")
    {
        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out (DateOnly Value, TextSpan Span) result)
        {
            end = reader.Effective(index, out var date);
            result = date is { } day ? (day.Date, reader._context.Span(day.Start, day.End)) : default;
            return end >= 0;
        }
    }

    /// <summary>The pages that close a citation, or none.</summary>
    internal sealed class PagesBlock() : CitationBlock<ImmutableArray<TextSpan>>("pages")
    {
        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out ImmutableArray<TextSpan> result)
        {
            int at = reader.PlaceAt(input, index);
            var pages = PerThreadBuilder<TextValue>.Take();
            if (!reader.Pages(ref at, pages))
            {
                PerThreadBuilder<TextValue>.Give(pages);
                end = index;
                result = default;
                return false;
            }

            end = Tok(at);
            result = Spans(pages);
            if (pages.Count > 0)
            {
                input.EndPlace = at;
                input.Partial = at == reader._partialAt ? (at, reader._partialEnd, reader._partialDigits) : (-1, 0, 0);
            }

            PerThreadBuilder<TextValue>.Give(pages);
            return true;
        }
    }

    /// <summary>
    /// The sections from here (<c>lead</c>: after ", Section(s):"; <c>spaced</c>: after white
    /// space, where no pages follow), or none, up to where the list's part ends.
    /// </summary>
    internal sealed class SectionsBlock(SectionsStart lead) : CitationBlock<ImmutableArray<TextSpan>>("sections")
    {
        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out ImmutableArray<TextSpan> result)
        {
            int first = lead switch
            {
                SectionsStart.Comma => reader.SectionsLead(reader.PlaceAt(input, index)),
                SectionsStart.Space => reader.SpaceBefore(index) && reader.PagesLead(index) < 0 ? index : -1,
                _ => index,
            };

            end = index;
            result = [];
            if (first < 0)
            {
                return lead != SectionsStart.None;
            }

            var sections = PerThreadBuilder<TextValue>.Take();
            int at = reader.SectionsOrNone(At(first), sections);
            input.EndPlace = at;
            end = Tok(at);
            result = Spans(sections);
            PerThreadBuilder<TextValue>.Give(sections);
            return true;
        }
    }

    /// <summary>What leads the sections a <see cref="SectionsBlock"/> reads.</summary>
    internal enum SectionsStart
    {
        /// <summary>Nothing: the sections start here.</summary>
        None,

        /// <summary>", Section(s):" (none where it is not there).</summary>
        Comma,

        /// <summary>White space and no pages (none where not).</summary>
        Space,
    }

    /// <summary>An ACOEM chapter's title: up to a comma or where the part ends.</summary>
    internal sealed class AcoemTitleBlock() : CitationBlock<TextSpan>("a title")
    {
        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out TextSpan result)
        {
            int titleEnd = reader.AcoemTitleEnd(At(index));
            end = Tok(titleEnd);
            result = end > index ? reader.SpanOf(index, end) : default;
            if (end > index)
            {
                input.EndPlace = titleEnd;
            }

            return end > index;
        }
    }

    /// <summary>Where the sections or title of a citation end (the part end), reading nothing.</summary>
    internal sealed class PartEndBlock() : CitationBlock<Pidgin.Unit>("the end of a part")
    {
        protected override bool Read(ref MtusStatementReader reader, CitationInput input, int index, out int end, out Pidgin.Unit result)
        {
            end = index;
            result = Pidgin.Unit.Value;
            return reader.PartEnd(reader.PlaceAt(input, index));
        }
    }
}
