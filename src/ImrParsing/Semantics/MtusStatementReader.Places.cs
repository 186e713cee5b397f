using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

// Places, values and titles.
internal ref partial struct MtusStatementReader
{
    // Token `index` itself, past any space before it.
    private static int At(int index) => (index << 1) | 1;

    // The token at a place.
    private static int Tok(int at) => at >> 1;

    // Just past token `index - 1`: the space before token `index` where there is one.
    private int After(int index) => index < _count && _tokens[index].SpaceBefore ? index << 1 : At(index);

    private bool SpaceBefore(int index) => index < _count && _tokens[index].SpaceBefore;

    private bool IsSpaceAt(int at) => at != _partialAt && (at & 1) == 0;

    private bool IsMarkAt(int at, char mark) => at != _partialAt && (at & 1) == 1 && _text.IsMark(Tok(at), mark);

    private bool IsMarkAt(int at, string marks) =>
        at != _partialAt && (at & 1) == 1 && Tok(at) < _count && _tokens[Tok(at)].Kind == TokenKind.Punctuation
        && marks.Contains(_text.Text[_tokens[Tok(at)].Start], StringComparison.Ordinal);

    // The next place from `at` (on or past it) that is a space or one of `marks`; the end where none is.
    private int Candidate(int at, string marks, bool inclusive)
    {
        int from = inclusive ? at : at + 1;
        for (int index = Tok(from); index < _count; index++)
        {
            if (_tokens[index].SpaceBefore && index << 1 >= from)
            {
                return index << 1;
            }

            if (At(index) >= from && IsMarkAt(At(index), marks))
            {
                return At(index);
            }
        }

        return At(_count);
    }

    // Where the text before a place ends in the source.
    private int EndOffset(int at) => at == _partialAt ? _partialEnd : _tokens[Tok(at) - 1].End;

    // The value of the tokens from a place to another; null where none lies between.
    private TextValue? Value(int start, int end) =>
        Tok(end) - 1 < Tok(start) ? null : _context.Value(_tokens[Tok(start)].Start, EndOffset(end));

    private Spanned<T> Spanned<T>(T value, int index) => _context.Spanned(value, _tokens[index].Start, _tokens[index].End);

    private void Add(ImmutableArray<TextValue>.Builder built, int start, int end)
    {
        if (Value(start, end) is { } value)
        {
            built.Add(value);
        }
    }

    // The excerpt a diagnostic quotes of tokens `first` to `end`, as the canonical text reads them, `skip` characters into the first.
    private string Excerpt(int first, int end, int skip)
    {
        Span<char> buffer = stackalloc char[Text.Excerpt.MaxLength + 8];
        int length = 0;
        for (int index = first; index < end && length < buffer.Length; index++)
        {
            if (index > first && _tokens[index].SpaceBefore)
            {
                buffer[length++] = ' ';
            }

            var chars = _text.Chars(index)[(index == first ? skip : 0)..];
            int copied = Math.Min(chars.Length, buffer.Length - length);
            chars[..copied].CopyTo(buffer[length..]);
            length += copied;
        }

        return Text.Excerpt.Of(buffer[..length]);
    }

    // A title from token `index` up to the year or " Guidelines" that follows it, within
    // CitationGrammar.MaxTitleLength canonical characters and holding no barrier (TitleReader):
    // the index of that year or word, or -1.
    private int Title(int index, bool beforeYear, bool commas)
    {
        int offset = 0;
        for (int at = index; at < _count; at++)
        {
            if (at > index && _tokens[at].SpaceBefore)
            {
                if (offset > CitationGrammar.MaxTitleLength)
                {
                    return -1;
                }

                if (beforeYear ? IsYear(at) : _text.IsWord(at, "Guidelines"))
                {
                    return at;
                }

                offset++;
            }

            if (IsBarrier(at, commas))
            {
                return -1;
            }

            offset += _text.Chars(at).Length;
        }

        return -1;
    }

    // A character a title does not hold (CitationGrammar.TitleBarriers, and a comma where asked): a mark, or a token holding a digit.
    private bool IsBarrier(int index, bool commas)
    {
        var token = _tokens[index];
        if (token.Kind == TokenKind.Punctuation)
        {
            char mark = _text.Text[token.Start];
            return CitationGrammar.TitleBarriers.Contains(mark, StringComparison.Ordinal) || (commas && mark == ',');
        }

        return token.Kind == TokenKind.Number || (token.Kind == TokenKind.Mixed && _text.Chars(index).ContainsAnyInRange('0', '9'));
    }

    // The phrases the reader matches, from the rules that hold them.
    private static class Phrases
    {
        public static TokenPhrase DecisionBasedOn { get; } = new("Decision based on");

        // The phrase after its first word, for a statement that starts inside a token.
        public static TokenPhrase BasedOn { get; } = new("based on");

        public static TokenPhrase NoEvidence { get; } = new(GuidelineBoundaries.NoEvidence);

        public static TokenPhrase OutsideMtus { get; } = new(GuidelineBoundaries.OutsideMtus);

        public static TokenPhrase OtherGuidelines { get; } = new(NonMtusCitationGrammar.OtherGuidelinesText.Trim());

        public static ImmutableArray<TokenPhrase> TitlesWithCommas { get; } = [.. CitationGrammar.TitlesWithCommas.Select(title => new TokenPhrase(title))];

        public static ImmutableArray<TokenPhrase> NamesWithCommas { get; } = [.. SectionListGrammar.NamesWithCommas.Select(name => new TokenPhrase(name))];

        /// <summary>CitationGrammar.PageLeads in order, each with whether it ends with a colon (which may follow a space).</summary>
        public static ImmutableArray<(TokenPhrase Words, bool Colon)> PageLeads { get; } =
            [.. CitationGrammar.PageLeads.Select(lead => lead.EndsWith(':') ? (new TokenPhrase(lead[..^1]), true) : (new TokenPhrase(lead), false))];

        /// <summary>The first words of <see cref="PageLeads"/>: most tokens are told apart before each lead is tried.</summary>
        public static WordStarts PageLeadStarts { get; } = new(PageLeads.Select(lead => lead.Words.FirstWord));
    }
}
