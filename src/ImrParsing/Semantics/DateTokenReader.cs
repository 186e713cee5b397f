using System.Globalization;
using ImrParsing.Lexing;
using ImrParsing.Parsers;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the dates of a lexed text at its date anchors (<see cref="TokenList.DateAnchors"/>), the
/// forms of <see cref="DateGrammar.InProse"/> matched token by token: "10-13-16" is a number, a
/// separator, a number, the same separator and a number with no space but before the year;
/// "March 18, 2013" a month's name, an optional period, a day, an optional comma and a year.
/// A date stands alone and a glued one follows a cue, as <see cref="NarrativeDates"/> says; what
/// stands around a date is read from the tokens (a space is a token's flag, a word broken at a
/// line end one token), so the source reads as its canonical form does.
/// </summary>
internal ref struct DateTokenReader
{
    private readonly LexedText _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly ReadOnlySpan<int> _anchors;
    private int _next;
    private int _resumeAt;

    /// <summary>A reader of the dates of <paramref name="text"/>, lexed into <paramref name="tokens"/>; offsets are the text's.</summary>
    public DateTokenReader(ReadOnlySpan<char> text, TokenList tokens)
    {
        _text = new LexedText(text, tokens);
        _tokens = tokens.Tokens;
        _anchors = tokens.DateAnchors;
    }

    /// <summary>The date last read.</summary>
    public TokenDate Current { get; private set; }

    /// <summary>Lets <c>foreach</c> read the dates in order.</summary>
    public readonly DateTokenReader GetEnumerator() => this;

    /// <summary>Reads the next date; false when there is none.</summary>
    public bool MoveNext()
    {
        while (_next < _anchors.Length)
        {
            int first = _anchors[_next++];
            var token = _tokens[first];
            if (token.Start < _resumeAt || !CanStart(first))
            {
                continue;
            }

            bool read = token.Kind == TokenKind.Number
                ? TryNumeric(first, out var date, out var form, out int last)
                : TryNamed(first, out date, out form, out last);
            if (read && CanEnd(last) && (form != DateForm.Glued || FollowsCue(first)))
            {
                int end = _tokens[last].End;
                Current = new TokenDate(date, form, token.Start, end);
                _resumeAt = end;
                return true;
            }
        }

        return false;
    }

    // "10-13-16", "10/14/ 2016", or two numbers joined by a hyphen: a glued date.
    private readonly bool TryNumeric(int first, out DateOnly date, out DateForm form, out int last)
    {
        date = default;
        form = DateForm.Numeric;
        last = first + 2;
        if (!IsAdjacent(first + 1, out char separator) || separator is not ('/' or '-') || !IsNumber(first + 2, spaceAllowed: false))
        {
            return false;
        }

        var month = Digits(first);
        var day = Digits(first + 2);
        if (!IsAdjacent(first + 3, out char secondSeparator) || secondSeparator is not ('/' or '-'))
        {
            form = DateForm.Glued;
            return separator == '-' && Found(DateGrammar.ReadGlued(month, day), out date);
        }

        // Past a second separator, a year must follow: nothing else is read after it.
        last = first + 4;
        return IsNumber(first + 4, spaceAllowed: true) && secondSeparator == separator && month.Length <= 2 && day.Length <= 2
            && Found(DateGrammar.MakeDate(Digits(first + 4), DateGrammar.Parse(month), DateGrammar.Parse(day)), out date);
    }

    // "March 18, 2013", "Dec. 9, 2016".
    private readonly bool TryNamed(int first, out DateOnly date, out DateForm form, out int last)
    {
        date = default;
        form = DateForm.Named;
        int at = first + 1;
        if (IsAdjacent(at, out char period) && period == '.')
        {
            at++;
        }

        if (!IsNumber(at, spaceAllowed: true) || Digits(at).Length > 2)
        {
            last = at;
            return false;
        }

        int day = DateGrammar.Parse(Digits(at));
        at++;
        if (IsAdjacent(at, out char comma) && comma == ',')
        {
            at++;
        }

        last = at;
        return IsNumber(at, spaceAllowed: true) && Digits(at).Length == 4
            && Found(DateGrammar.MakeDate(int.Parse(Digits(at), CultureInfo.InvariantCulture), WordKeys.Month(_tokens[first].Key), day), out date);
    }

    private static bool Found(DateOnly? value, out DateOnly date)
    {
        date = value.GetValueOrDefault();
        return value.HasValue;
    }

    // A punctuation token right after the one before it, no space between.
    private readonly bool IsAdjacent(int index, out char character)
    {
        character = '\0';
        if (index >= _tokens.Length || _tokens[index].SpaceBefore || _tokens[index].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        character = _text.Text[_tokens[index].Start];
        return true;
    }

    // A number of ASCII digits whole: a digit run that ran on into letters leaves the date unable to end.
    private readonly bool IsNumber(int index, bool spaceAllowed) =>
        index < _tokens.Length && _tokens[index].Kind == TokenKind.Number && (spaceAllowed || !_tokens[index].SpaceBefore);

    private readonly ReadOnlySpan<char> Digits(int index) => _text.Chars(index);

    // The character before the date in canonical form is a space, or the last of the token before
    // it: a date does not start inside a word or a number ("T9-10", "7.5-325").
    private readonly bool CanStart(int first)
    {
        if (first == 0 || _tokens[first].SpaceBefore)
        {
            return true;
        }

        char before = _text.Chars(first - 1)[^1];
        return !(char.IsLetterOrDigit(before) || before is '.' or '/' or '-' or '+' or '$' or '#');
    }

    // Nor is it followed by a letter, a digit or more of a number ("10-13-16-2").
    private readonly bool CanEnd(int last)
    {
        int next = last + 1;
        if (next >= _tokens.Length || _tokens[next].SpaceBefore)
        {
            return true;
        }

        char after = _text.Chars(next)[0];
        bool more = next + 1 < _tokens.Length && !_tokens[next + 1].SpaceBefore && char.IsAsciiDigit(_text.Chars(next + 1)[0]);
        return !char.IsLetterOrDigit(after) && !(more && after is '/' or '-' or '.');
    }

    // The word before the date, skipping opening parentheses: "On (11-2816)"; the letters that end
    // the token before, as a cue is read in canonical text.
    private readonly bool FollowsCue(int first)
    {
        int before = first - 1;
        while (before >= 0 && _text.IsMark(before, '('))
        {
            before--;
        }

        if (before < 0)
        {
            return false;
        }

        var chars = _text.Chars(before);
        int start = chars.Length;
        while (start > 0 && char.IsLetter(chars[start - 1]))
        {
            start--;
        }

        var word = chars[start..];
        foreach (string cue in NarrativeDates.GluedDateCues)
        {
            if (word.Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
