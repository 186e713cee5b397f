using System.Buffers;
using System.Collections.Frozen;

namespace ImrParsing.Text;

/// <summary>
/// The text the rules read: the input with what an extractor puts around the letter's words made
/// neutral, character for character, so that offsets into one are offsets into the other. A hyphen
/// look-alike (<see cref="HyphenLookalikes"/>) reads as '-'. The marks of Markdown, which extractors
/// that write Markdown put around a letter's words, read as spaces: a heading's "#"s and a list's
/// "*" at a line's start, emphasis ("**Case Number:**", "_Upheld_"), a table's pipes and rule rows.
/// The HTML entities such writers escape a letter's characters with read as the character and
/// spaces: "Lumbar &amp;amp; Thoracic" as "Lumbar &amp;     Thoracic", which a phrase's one space matches.
/// The HTML tags of text and tables some of them write ("&lt;td&gt;", "&lt;br&gt;", "&lt;b&gt;") read as spaces,
/// as does PyMuPDF's placeholder for an image ("&lt;image: DeviceRGB, width: 376, height: 92, bpc: 8&gt;").
/// Unicode's line ends (NEL, LS, PS: <see cref="CharSets.UnicodeLineEnds"/>) read as LF, or as CR
/// right after a CR, so that each still ends a line of its own, as <see cref="SourceText"/> counts them.
/// A space on one side only of a hyphen between two letters or digits ("CM16 -0219557", "10- 13-16":
/// a PDF's kerning, as pypdf writes it) moves to the start of its word, so that the word reads whole
/// (<see cref="MovedSpaces"/>); not before a negative number ("to -5") nor in a suspended hyphen
/// ("pre- and post-operative"). Between two letters ("Non -MTUS", "x -ray") only where the text has
/// at least three such hyphens: an extractor's kerning is everywhere in a letter, while an author's
/// dash typed without one of its spaces ("the ACOEM guidelines- low back chapter") is rare.
/// </summary>
internal static class ReadableText
{
    // What may start a change: most letters have none, or a few "#" of quantities ("#60").
    private static readonly SearchValues<char> Candidates = SearchValues.Create("#*_|&<-" + HyphenLookalikes.Chars + CharSets.UnicodeLineEnds);

    // The longest word whose space is moved: longer runs without a space are not a word of a letter.
    private const int MaxMovedWord = 64;

    // The words after a suspended hyphen ("pre- and post-operative", "10- to 12-week"), whose space stays.
    private static readonly string[] SuspendedHyphenWords = ["and", "or", "nor", "to", "through", "versus", "vs"];

    // How many hyphens with a space on one side a text needs before those between two letters move.
    private const int KerningEvidence = 3;

    // What ends a line in the input (a table's row, the line a mark must start): a line end of any kind, or a page break.
    private static readonly SearchValues<char> AnyLineEnd = SearchValues.Create("\r\n\f" + CharSets.UnicodeLineEnds);

    // The tags of text and tables an extractor's HTML or Markdown holds: nothing else in angle
    // brackets is read as a tag ("<2 weeks", "<= 3").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tags = new[]
    {
        "b", "br", "div", "em", "i", "p", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The entities read as their character and spaces, and only before a space, a line end or a mark
    // (inside a word, "AT&amp;T", the spaces would split it); a no-break space is spaces anywhere.
    private static readonly (string Entity, char Value)[] Entities = [("&amp;", '&'), ("&nbsp;", ' '), ("&lt;", '<'), ("&gt;", '>')];

    /// <summary><paramref name="text"/> as the rules read it: the same string when nothing changes (most letters).</summary>
    public static string Of(string text) => Of(text, out _);

    /// <summary>
    /// <paramref name="text"/> as the rules read it, and the spaces moved to a word's start (null when
    /// none was), which map its offsets back to the input's.
    /// </summary>
    public static string Of(string text, out MovedSpaces? moved)
    {
        ArgumentNullException.ThrowIfNull(text);
        moved = null;
        int at = text.AsSpan().IndexOfAny(Candidates);
        if (at < 0)
        {
            return text;
        }

        var readable = new Changes(text);
        while (at >= 0)
        {
            int next = ReadAt(text, at, ref readable);
            int found = next < text.Length ? text.AsSpan(next).IndexOfAny(Candidates) : -1;
            at = found < 0 ? -1 : next + found;
        }

        readable.KeepKerningWithEvidence(KerningEvidence);
        moved = readable.Moved;
        return readable.ToText();
    }

    // Changes what starts at `at` if it is a mark and returns where to search on from.
    private static int ReadAt(string text, int at, ref Changes readable)
    {
        char c = text[at];
        if (HyphenLookalikes.IsHyphen(c))
        {
            if (c != '-')
            {
                readable.Set(at, at + 1, '-');
            }

            MoveKerningSpace(text, at, ref readable);
            return at + 1;
        }

        if (c == '&')
        {
            return ReadEntity(text, at, ref readable);
        }

        if (CharSets.UnicodeLineEnds.Contains(c))
        {
            readable.Set(at, at + 1, at > 0 && text[at - 1] == '\r' ? '\r' : '\n');
            return at + 1;
        }

        if (c == '<')
        {
            int tagEnd = TagEnd(text, at);
            if (tagEnd > at)
            {
                readable.Set(at, tagEnd, ' ');
            }

            return Math.Max(tagEnd, at + 1);
        }

        int end = at + 1;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        switch (c)
        {
            case '#' when end - at <= 6 && IsLineStart(text, at) && IsHeadingAfter(text, end):
            case '*' or '_' when IsEmphasis(text, at, end):
            case '*' when end - at == 1 && IsLineStart(text, at) && end < text.Length && text[end] is ' ' or '\t':
                readable.Set(at, end, ' ');
                return end;
            case '|' when IsLineStart(text, at):
                return ReadTableRow(text, at, ref readable);
            default:
                return end;
        }
    }

    // A space on one side only of the hyphen at `hyphen`, between two letters or digits, moves to the
    // start of its word: "CM16 -0219557" reads " CM16-0219557", "10- 13-16" reads " 10-13-16".
    private static void MoveKerningSpace(string text, int hyphen, ref Changes readable)
    {
        int space;
        if (hyphen >= 2 && text[hyphen - 1] == ' ' && char.IsLetterOrDigit(text[hyphen - 2])
            && hyphen + 1 < text.Length && char.IsLetterOrDigit(text[hyphen + 1])
            && !(char.IsLetter(text[hyphen - 2]) && char.IsDigit(text[hyphen + 1])))
        {
            space = hyphen - 1;
        }
        else if (hyphen >= 1 && char.IsLetterOrDigit(text[hyphen - 1])
            && hyphen + 2 < text.Length && text[hyphen + 1] == ' ' && char.IsLetterOrDigit(text[hyphen + 2])
            && !IsSuspendedHyphenWord(text, hyphen + 2))
        {
            space = hyphen + 1;
        }
        else
        {
            return;
        }

        int start = space - 1;
        while (start > 0 && space - start < MaxMovedWord && !CharSets.IsSpace(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && !CharSets.IsSpace(text[start - 1]))
        {
            return;
        }

        bool betweenLetters = space < hyphen
            ? char.IsLetter(text[hyphen - 2]) && char.IsLetter(text[hyphen + 1])
            : char.IsLetter(text[hyphen - 1]) && char.IsLetter(text[hyphen + 2]);
        readable.Move(start, space, betweenLetters);
    }

    private static bool IsSuspendedHyphenWord(string text, int at)
    {
        int end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(at, end - at);
        foreach (string suspended in SuspendedHyphenWords)
        {
            if (word.Equals(suspended, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Where the tag at `at` ends ("<td>", "</td>", "<br/>", "<td colspan=\"2\">"), or -1: a known
    // name right after the bracket (and its slash), then its attributes, on one line.
    private static int TagEnd(string text, int at)
    {
        int name = at + 1 < text.Length && text[at + 1] == '/' ? at + 2 : at + 1;
        int nameEnd = name;
        while (nameEnd < text.Length && char.IsAsciiLetterOrDigit(text[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd < text.Length && text[nameEnd] == ':' && text.AsSpan(name, nameEnd - name).SequenceEqual("image"))
        {
            return ImagePlaceholderEnd(text, nameEnd);
        }

        if (nameEnd == name || nameEnd == text.Length || text[nameEnd] is not ('>' or '/' or ' ') || !Tags.Contains(text.AsSpan(name, nameEnd - name)))
        {
            return -1;
        }

        int close = CloseOnLine(text, nameEnd);
        if (close < 0)
        {
            return -1;
        }

        // After the name, attributes ("colspan=\"2\"") or a slash: "<b and c>" is prose.
        var attributes = text.AsSpan(nameEnd, close);
        return attributes.Contains('=') || !attributes.ContainsAnyExcept(" /") ? nameEnd + close + 1 : -1;
    }

    // Where PyMuPDF's placeholder for an image block ends ("<image: DeviceRGB, width: 376, height: 92,
    // bpc: 8>", what its "blocks" output gives for a logo or a signature), from the colon after
    // "image", or -1.
    private static int ImagePlaceholderEnd(string text, int colon)
    {
        int close = CloseOnLine(text, colon);
        if (close < 0)
        {
            return -1;
        }

        var inside = text.AsSpan(colon, close);
        return inside.Contains("width: ", StringComparison.Ordinal) && inside.Contains("height: ", StringComparison.Ordinal) ? colon + close + 1 : -1;
    }

    // How far from `from` the '>' that closes a tag stands on its line, within 200 characters; -1 when
    // a '<' or a line end comes first.
    private static int CloseOnLine(string text, int from)
    {
        int close = text.AsSpan(from, Math.Min(200, text.Length - from)).IndexOfAny('>', '<', '\n');
        return close < 0 || text[from + close] != '>' ? -1 : close;
    }

    private static int ReadEntity(string text, int at, ref Changes readable)
    {
        foreach (var (entity, value) in Entities)
        {
            int end = at + entity.Length;
            if (text.AsSpan(at).StartsWith(entity, StringComparison.Ordinal) && (value == ' ' || end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                readable.Set(at, at + 1, value);
                readable.Set(at + 1, end, ' ');
                return end;
            }
        }

        return at + 1;
    }

    // A run of '*' or '_' that opens or closes emphasis: two or more ("**bold**", "***"), or one
    // with text on one side only ("_Upheld_", "_Decision rationale:_", a footnote's "film*"), not
    // one inside a word ("file_name", "a*b") or in parentheses or between spaces ("(*)", "2 * 3").
    private static bool IsEmphasis(string text, int start, int end)
    {
        if (end - start >= 2)
        {
            return true;
        }

        bool textBefore = start > 0 && !CharSets.IsSpace(text[start - 1]) && text[start - 1] != '(';
        bool textAfter = end < text.Length && !CharSets.IsSpace(text[end]) && text[end] != ')';
        return textBefore != textAfter;
    }

    // A Markdown table's row, the line from its first '|': every pipe reads as a space, and a rule
    // row ("|---|:---:|") is blank altogether. Returns the line's end.
    private static int ReadTableRow(string text, int start, ref Changes readable)
    {
        int end = text.AsSpan(start).IndexOfAny(AnyLineEnd);
        end = end < 0 ? text.Length : start + end;
        var row = text.AsSpan(start, end - start);
        bool rule = row.Contains('-') && !row.ContainsAnyExcept("|-: \t");
        for (int i = start; i < end; i++)
        {
            if (rule ? !CharSets.IsSpace(text[i]) : text[i] == '|')
            {
                readable.Set(i, i + 1, ' ');
            }
        }

        return end;
    }

    // A heading's words after its "#"s: a space, then a letter ("## IMR ISSUES"; not "# 60", a quantity
    // a line break left at a line's start).
    private static bool IsHeadingAfter(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i > end && i < text.Length && char.IsLetter(text[i]);
    }

    // True when only spaces or tabs stand between `at` and the start of its line.
    private static bool IsLineStart(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || AnyLineEnd.Contains(text[i]);
    }

    // The changes, as ranges (one where the last ends and the same character goes on) and moved
    // spaces, applied in the one copy of the text that is made: the ranges first, at the input's
    // offsets, then the moves.
    private struct Changes(string text)
    {
        private List<(int Start, int End, char Value)>? _ranges;
        private List<(int Start, int Space, bool BetweenLetters)>? _moves;

        public readonly MovedSpaces? Moved => _moves is null ? null : new MovedSpaces([.. _moves.Select(move => (move.Start, move.Space))]);

        // A word's space moved to its start; a word whose start is the space moved before stays as it is.
        public void Move(int start, int space, bool betweenLetters)
        {
            _moves ??= [];
            if (_moves.Count == 0 || _moves[^1].Space < start - 1)
            {
                _moves.Add((start, space, betweenLetters));
            }
        }

        // Drops the moves between two letters unless there are `evidence` moves in all.
        public void KeepKerningWithEvidence(int evidence)
        {
            if (_moves is not null && _moves.Count < evidence)
            {
                _moves.RemoveAll(move => move.BetweenLetters);
                _moves = _moves.Count == 0 ? null : _moves;
            }
        }

        public void Set(int start, int end, char value)
        {
            _ranges ??= [];
            if (_ranges.Count > 0 && _ranges[^1] is var last && last.End == start && last.Value == value)
            {
                _ranges[^1] = (last.Start, end, value);
                return;
            }

            _ranges.Add((start, end, value));
        }

        public readonly string ToText() => _ranges is null && _moves is null ? text : string.Create(text.Length, (Text: text, Ranges: _ranges, Moves: _moves), static (chars, state) =>
        {
            state.Text.AsSpan().CopyTo(chars);
            foreach (var (start, end, value) in state.Ranges ?? [])
            {
                chars[start..end].Fill(value);
            }

            foreach (var (start, space, _) in state.Moves ?? [])
            {
                chars[start..space].CopyTo(chars[(start + 1)..]);
                chars[start] = ' ';
            }
        });
    }
}
