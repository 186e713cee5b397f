using System.Collections.Frozen;

namespace ImrParsing.Text;

// Markdown's marks, HTML's entities and tags, and PyMuPDF's image placeholders, read as spaces.
internal static partial class ReadableText
{
    // The tags of text and tables an extractor's HTML or Markdown holds: nothing else in angle
    // brackets is read as a tag ("<2 weeks", "<= 3").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tags = new[]
    {
        "b", "br", "div", "em", "i", "p", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The entities read as their character and spaces, and only before a space, a line end or a mark
    // (inside a word, "AT&amp;T", the spaces would split it); a no-break space is spaces anywhere.
    private static readonly (string Entity, char Value)[] Entities = [("&amp;", '&'), ("&nbsp;", ' '), ("&lt;", '<'), ("&gt;", '>')];

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
}
