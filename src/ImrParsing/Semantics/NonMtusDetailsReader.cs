using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ImrParsing.Lexing;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a Non-MTUS citation's free text from one lex of its source: the chapter number and pages
/// it names ("ACOEM Guidelines, Chapter 7, page 137", "pp. 5-7") and its structure (the guideline's
/// name, edition year, ODG chapter, update date and topics), each value spanning its first token's
/// start to its last token's end. The text reads as its canonical form does (a space is a token's
/// flag, a word broken at a line end one token), so every extractor's text reads alike.
/// </summary>
/// <remarks>
/// Positions between tokens are <c>2 * token</c> (the white space before the token, where it has
/// some) and <c>2 * token + 1</c> (the token's first character): the rules tell "a space" from
/// "the next word" as the character grammar they replaced did. Unlike that grammar, a rule reads
/// whole words: a date glued to a word ("(updated10/31/16)", "10/31/16th") is no date.
/// </remarks>
internal ref partial struct NonMtusDetailsReader
{
    // A rule that read part of its text and then failed: as in the grammar, the whole form fails.
    private const int Consumed = -2;

    private readonly IReaderContext _context;
    private readonly LexedText _text;
    private readonly ReadOnlySpan<Token> _tokens;

    // The free text stops at a full stop with a space before it ("... Topic ."): that space is
    // part of the text as the statement grammar cut it, and nothing "ends the citation" before it.
    private readonly bool _endsWithSpace;

    private NonMtusDetailsReader(IReaderContext context, LexedText tokens, bool endsWithSpace)
    {
        _context = context;
        _text = tokens;
        _tokens = tokens.Tokens;
        _endsWithSpace = endsWithSpace;
    }

    private readonly int Count => _tokens.Length;

    /// <summary>The citation whose free text is <paramref name="text"/>, with the details it names.</summary>
    public static GuidelineCitation Read(IReaderContext context, TextValue text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = WordLexer.Lex(context.Text, text.Span.Start, text.Span.End);
        return Read(context, text, new LexedText(context.Text, tokens));
    }

    /// <summary>
    /// The citation whose free text is <paramref name="text"/>, read from <paramref name="tokens"/>:
    /// the tokens a lex of just that text makes, such as a <see cref="LexedText.Slice"/> of the
    /// statement's lex (the first token's space before is never read).
    /// </summary>
    public static GuidelineCitation Read(IReaderContext context, TextValue text, LexedText tokens)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(text);
        var reader = new NonMtusDetailsReader(context, tokens, SpaceBeforeFullStop(context.Text, text.Span.End));
        return reader.Build(text);
    }

    private static bool SpaceBeforeFullStop(string source, int end)
    {
        if (end >= source.Length || !CharSets.IsSpace(source[end]))
        {
            return false;
        }

        int next = source.AsSpan(end).IndexOfAnyExcept(CharSets.AnySpace);
        return next > 0 && source[end + next] == '.';
    }

    private readonly GuidelineCitation Build(TextValue text)
    {
        // The topics read, in a list each thread keeps (taken while in use, given back emptied): only their values are allocated.
        var topics = PerThreadList<Piece>.Take();
        var structure = ReadStructure(topics);
        var chapterName = structure.ChapterName is { } chapter && (structure.Title.HasValue || IsMarked(chapter)) ? Value(chapter) : null;
        var effective = structure.Updated is { } updated ? Spanned(updated.Date, updated.Piece) : (Spanned<DateOnly>?)null;
        var citation = new GuidelineCitation
        {
            Mtus = false,
            Title = structure.Title is { } title ? Value(title) : null,
            Year = structure.Year is { } year ? Spanned(year.Value, new Piece(year.Token, year.Token)) : YearOf(structure.Updated),
            Chapter = FirstChapter(),
            ChapterName = chapterName,
            Sections = Values(structure.Topics),
            Pages = Pages(),
            EffectiveDate = effective,
            Text = text,
            Span = text.Span,
        };
        PerThreadList<Piece>.Give(topics);
        return citation;
    }

    // "Chapter 7": the first chapter number the text names.
    private readonly Spanned<int>? FirstChapter()
    {
        for (int i = 0; i < Count; i++)
        {
            // Both forms start with "Chapter": most tokens are told apart by their length and first letter.
            var chars = _text.Chars(i);
            if (chars.Length < 7 || (chars[0] | 0x20) != 'c' || _tokens[i].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (_text.IsWord(i, "Chapter") && i + 1 < Count && _tokens[i + 1].Kind == TokenKind.Number && _text.Chars(i + 1).Length <= 5)
            {
                return Spanned(int.Parse(_text.Chars(i + 1), CultureInfo.InvariantCulture), new Piece(i + 1, i + 1));
            }

            // "Chapter7": the number read inside the word it is glued to.
            if (_tokens[i].Kind == TokenKind.Mixed && chars.Length is > 7 and <= 12
                && Ascii.EqualsIgnoreCase(chars[..7], "Chapter") && !chars[7..].ContainsAnyExceptInRange('0', '9'))
            {
                return _context.Spanned(int.Parse(chars[7..], CultureInfo.InvariantCulture), CharOffset(i, 7), _tokens[i].End);
            }
        }

        return null;
    }

    // "page 137", "pages 78, 80, 91", "pp. 5-7", "Page(s): 98-99": every page or range of pages, in order.
    private readonly ImmutableArray<TextValue> Pages()
    {
        ImmutableArray<TextValue>.Builder? pages = null;
        int i = 0;
        while (i < Count)
        {
            int first = PagesLeadEnd(i);
            if (first < 0 || first >= Count || !_tokens[first].SpaceBefore || !char.IsAsciiDigit(_text.Chars(first)[0]))
            {
                i++;
                continue;
            }

            pages ??= ImmutableArray.CreateBuilder<TextValue>();
            int at = first;
            while (true)
            {
                int end = PageRef(at, out int last, out bool whole);
                if (_context.Value(_tokens[at].Start, end) is { } page)
                {
                    pages.Add(page);
                }

                i = last + 1;

                // ", 80": the next page, a comma right after this one.
                if (!whole || !_text.IsMark(last + 1, ',') || _tokens[last + 1].SpaceBefore || last + 2 >= Count || !char.IsAsciiDigit(_text.Chars(last + 2)[0]))
                {
                    break;
                }

                at = last + 2;
            }
        }

        return pages?.ToImmutable() ?? [];
    }

    // Where the lead of a list of pages ends at token `i`: "Page(s):", "pages", "page", "pgs.", "pg.", "pp.", "p." or "p"; -1 where none is.
    private readonly int PagesLeadEnd(int i)
    {
        // Every lead starts with a "p": most words are told apart by their first letter.
        if (i >= Count || _tokens[i].Kind != TokenKind.Word || (_text.Chars(i)[0] | 0x20) != 'p')
        {
            return -1;
        }

        if (_text.IsWord(i, "page"))
        {
            bool plural = Adjacent(i + 1, '(') && _text.IsWord(i + 2, "s") && !_tokens[i + 2].SpaceBefore && Adjacent(i + 3, ')') && _text.IsMark(i + 4, ':');
            return plural ? i + 5 : i + 1;
        }

        if (_text.IsWord(i, "pages"))
        {
            return i + 1;
        }

        if (_text.IsWord(i, "pgs") || _text.IsWord(i, "pg") || _text.IsWord(i, "pp"))
        {
            return Adjacent(i + 1, '.') ? i + 2 : -1;
        }

        return _text.IsWord(i, "p") ? (Adjacent(i + 1, '.') ? i + 2 : i + 1) : -1;
    }

    // A page or a range ("98", "98-99", "5–7") at token `at`: where it ends in the source, its last
    // token, and whether it ends with its last token (digits glued to letters end inside one).
    private readonly int PageRef(int at, out int last, out bool whole)
    {
        last = at;
        int end = DigitsEnd(at, out whole);
        if (whole && (Adjacent(at + 1, '-') || Adjacent(at + 1, '\u2013')) && at + 2 < Count && !_tokens[at + 2].SpaceBefore
            && char.IsAsciiDigit(_text.Chars(at + 2)[0]))
        {
            last = at + 2;
            end = DigitsEnd(at + 2, out whole);
        }

        return end;
    }

    // The end of the digits token `index` starts with; `whole` when they are the whole token.
    private readonly int DigitsEnd(int index, out bool whole)
    {
        int digits = _text.Chars(index).IndexOfAnyExceptInRange('0', '9');
        whole = digits < 0;
        return whole ? _tokens[index].End : CharOffset(index, digits - 1) + 1;
    }

    // The source offset of character `index` of token `token`'s characters: a word joined over a
    // line-end hyphen ("Chap-" / "ter7") has its letters and digits in the source, the break between.
    private readonly int CharOffset(int token, int index)
    {
        var source = _text.Text;
        int seen = 0;
        for (int at = _tokens[token].Start; at < _tokens[token].End; at++)
        {
            if (char.IsLetterOrDigit(source[at]) && seen++ == index)
            {
                return at;
            }
        }

        return _tokens[token].End;
    }

    // "Shoulder (Acute & Chronic)", "Low Back Chapter": a chapter that says it is one.
    private readonly bool IsMarked(Piece chapter)
    {
        for (int i = chapter.First; i <= chapter.Last; i++)
        {
            if (_text.IsMark(i, '(') || _text.Chars(i).Contains("hapter", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "(updated 12/20/2016)" dates the 2016 edition: its year is the date's last four digits.
    private readonly Spanned<int>? YearOf((DateOnly Date, Piece Piece)? updated)
    {
        if (updated is not { } date)
        {
            return null;
        }

        var token = _tokens[date.Piece.Last];
        var chars = _text.Chars(date.Piece.Last);
        string year = date.Date.Year.ToString(CultureInfo.InvariantCulture);
        return chars.Length == 4 && chars.SequenceEqual(year) ? _context.Spanned(date.Date.Year, token.Start, token.End) : null;
    }

    private readonly ImmutableArray<TextValue> Values(List<Piece> pieces)
    {
        if (pieces.Count == 0)
        {
            return [];
        }

        var values = ImmutableArray.CreateBuilder<TextValue>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (!piece.IsEmpty && Value(piece) is { } value)
            {
                values.Add(value);
            }
        }

        return values.DrainToImmutable();
    }

    private readonly TextValue? Value(Piece piece) => _context.Value(_tokens[piece.First].Start, _tokens[piece.Last].End);

    private readonly Spanned<T> Spanned<T>(T value, Piece piece) => _context.Spanned(value, _tokens[piece.First].Start, _tokens[piece.Last].End);

    // Positions: the white space before token `i` where it has some, else its first character.
    private readonly int Before(int i) => i < Count && _tokens[i].SpaceBefore ? 2 * i : (2 * i) + 1;

    private static int Start(int i) => (2 * i) + 1;

    private static bool AtSpace(int position) => (position & 1) == 0;

    // The end of the text, where a rule that must end the citation can: not before a space the text keeps.
    private readonly bool IsEnd(int position) => position >> 1 >= Count && !_endsWithSpace;

    // White space after token `i`: before the next token, or the space the text ends with.
    private readonly bool SpaceAfter(int i) => i + 1 < Count ? _tokens[i + 1].SpaceBefore : _endsWithSpace && i + 1 == Count;

    // The mark `c` at token `i`, no space before it.
    private readonly bool Adjacent(int i, char c) => _text.IsMark(i, c) && !_tokens[i].SpaceBefore;

    private readonly int CharCount(int i) => _text.Chars(i).Length;

    /// <summary>Tokens <see cref="First"/> to <see cref="Last"/>, both included; empty when the last is before the first.</summary>
    private readonly record struct Piece(int First, int Last)
    {
        public bool IsEmpty => Last < First;
    }
}
