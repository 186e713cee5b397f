using System.Buffers;

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
/// dash typed without one of its spaces ("the ACOEM guidelines- low back chapter") is rare. The
/// spaces on both sides of an identifier's hyphen (letters and digits, then five digits or more:
/// "CM16 - 0213037", as a PDF's text runs joined with spaces give it) move to its start too.
/// </summary>
internal static partial class ReadableText
{
    // What may start a change: a letter's hyphens (about fifteen), a few "#" of quantities ("#60"), and
    // in most letters nothing else.
    private static readonly SearchValues<char> Candidates = SearchValues.Create("#*_|&<-" + HyphenLookalikes.Chars + CharSets.UnicodeLineEnds);

    // What ends a line in the input (a table's row, the line a mark must start): a line end of any kind, or a page break.
    private static readonly SearchValues<char> AnyLineEnd = SearchValues.Create("\r\n\f" + CharSets.UnicodeLineEnds);

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

    // The changes, as ranges (one where the last ends and the same character goes on) and moved
    // spaces, applied in the one copy of the text that is made: the ranges first, at the input's
    // offsets, then the moves.
    private struct Changes(string text)
    {
        private List<(int Start, int End, char Value)>? _ranges;
        private List<(int Start, int Space, int Second, bool BetweenLetters)>? _moves;

        public readonly MovedSpaces? Moved => _moves is null ? null : new MovedSpaces([.. _moves.Select(move => (move.Start, move.Space, move.Second))]);

        // A word's space (and a second after it, or -1) moved to its start; a word whose start is a
        // space moved before stays as it is.
        public void Move(int start, int space, int second, bool betweenLetters)
        {
            _moves ??= [];
            if (_moves.Count == 0 || Math.Max(_moves[^1].Space, _moves[^1].Second) < start - 1)
            {
                _moves.Add((start, space, second, betweenLetters));
            }
        }

        // Drops the moves between two letters unless there are `evidence` moves of one space in all (an
        // identifier's hyphen set apart, two spaces, is no kerning).
        public void KeepKerningWithEvidence(int evidence)
        {
            if (_moves is not null && _moves.Count(move => move.Second < 0) < evidence)
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

            foreach (var (start, space, second, _) in state.Moves ?? [])
            {
                // The second space first, then the first, now one place right, behind it.
                int first = space;
                if (second >= 0)
                {
                    chars[start..second].CopyTo(chars[(start + 1)..]);
                    chars[start] = ' ';
                    first = space + 1;
                }

                int from = second >= 0 ? start + 1 : start;
                chars[from..first].CopyTo(chars[(from + 1)..]);
                chars[from] = ' ';
            }
        });
    }
}
