using System.Text;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>
/// Re-breaks a letter's prose at another width, as an extractor with other line lengths would:
/// each paragraph's words are laid out again, never broken inside a word, while the header table
/// and the headings keep their lines, and every label, sentence of the form and item head starts
/// a line of its own. Where the structure is comes from the original text's own parse (its line
/// kinds and its items' heads), so the variant tests whether the same structure is still found
/// once the lines end elsewhere.
/// </summary>
public static class TextRewrapper
{
    private enum Role
    {
        Blank,
        Verbatim,
        Start,
        Continue,
    }

    /// <summary>The text, whose parse is <paramref name="document"/>, with its prose re-wrapped at <paramref name="width"/> columns.</summary>
    public static string Rewrap(string text, ImrDocument document, int width)
    {
        string[] lines = text.Split('\n');
        var roles = Roles(text, lines, document, out var paragraphEnds);
        var output = new StringBuilder(text.Length + 64);
        var paragraph = new List<string>();
        bool first = true;
        for (int i = 0; i < lines.Length; i++)
        {
            switch (roles[i])
            {
                case Role.Blank or Role.Verbatim:
                    Flush(output, paragraph, width, ref first);
                    Append(output, lines[i], ref first);
                    continue;
                case Role.Start:
                    Flush(output, paragraph, width, ref first);
                    break;
            }

            AddWords(paragraph, lines[i]);
            if (paragraphEnds.Contains(i))
            {
                Flush(output, paragraph, width, ref first);
            }
        }

        Flush(output, paragraph, width, ref first);
        return output.ToString();
    }

    private static Role[] Roles(string text, string[] lines, ImrDocument document, out HashSet<int> paragraphEnds)
    {
        var starts = new int[lines.Length];
        for (int i = 1; i < lines.Length; i++)
        {
            starts[i] = starts[i - 1] + lines[i - 1].Length + 1;
        }

        int LineOf(int offset)
        {
            int index = Array.BinarySearch(starts, offset);
            return index >= 0 ? index : ~index - 1;
        }

        var roles = new Role[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            roles[i] = string.IsNullOrWhiteSpace(lines[i]) ? Role.Blank : Role.Continue;
        }

        paragraphEnds = [];
        using (var tokens = LineTokenizer.Tokenize(text, ImrParser.Default.Classifier))
        {
            var previous = LineKind.Text;
            foreach (var line in tokens.Lines)
            {
                int index = line.Number - 1;
                switch (line.Kind)
                {
                    case LineKind.Heading or LineKind.HeadingContinuation:
                        roles[index] = Role.Verbatim;
                        break;
                    case LineKind.Label or LineKind.Decision:
                        roles[index] = Role.Start;
                        break;
                    case LineKind.Boilerplate:
                        // A sentence of the form is a paragraph of its own, over the lines it wraps onto.
                        if (previous != LineKind.Boilerplate)
                        {
                            roles[index] = Role.Start;
                        }

                        paragraphEnds.Remove(index - 1);
                        paragraphEnds.Add(index);
                        break;
                }

                previous = line.Kind;
            }
        }

        // The header table (or whatever precedes the first heading) keeps its lines.
        foreach (var section in document.Sections.Where(section => section.Heading is null))
        {
            for (int i = LineOf(section.FullSpan.Start); i < lines.Length && starts[i] < section.FullSpan.End; i++)
            {
                roles[i] = roles[i] == Role.Blank ? Role.Blank : Role.Verbatim;
            }
        }

        // An item's head (its request and decision) is a paragraph of its own.
        foreach (var item in document.Items)
        {
            // The decision ends the head, unless it is stated elsewhere (the reviewer's report states it in a heading).
            int headEnd = item.Decision is { } decision && item.Span.Contains(decision.Span) ? decision.Span.End : item.Request?.Span.End ?? -1;
            if (headEnd < 0)
            {
                continue;
            }

            int firstLine = LineOf(item.Span.Start);
            int lastLine = LineOf(headEnd - 1);
            roles[firstLine] = Role.Start;
            for (int i = firstLine + 1; i <= lastLine; i++)
            {
                roles[i] = roles[i] == Role.Blank ? Role.Blank : Role.Continue;
            }

            paragraphEnds.Add(lastLine);
        }

        return roles;
    }

    // A word ending in a hyphen at the end of a line is the first half of a hyphenated word: join
    // it with the next line's first word, as the canonical form does, so that no hyphen can come
    // to rest at the end of a line where the original had it inside one.
    private static void AddWords(List<string> paragraph, string line)
    {
        var words = line.TrimEnd('\r').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (int w = 0; w < words.Length; w++)
        {
            string word = words[w];
            if (w == 0 && paragraph.Count > 0 && paragraph[^1] is { Length: > 1 } last && last.EndsWith('-'))
            {
                string formFeed = word.StartsWith('\f') ? "\f" : string.Empty;
                paragraph[^1] = formFeed + last[..^1] + word.TrimStart('\f');
                continue;
            }

            paragraph.Add(word);
        }
    }

    private static void Flush(StringBuilder output, List<string> paragraph, int width, ref bool first)
    {
        var line = new StringBuilder();
        for (int i = 0; i < paragraph.Count; i++)
        {
            // A word that ends with a hyphen stays with the next one: a line end after it would read as hyphenation.
            string unit = paragraph[i];
            while (unit.EndsWith('-') && i + 1 < paragraph.Count)
            {
                unit += " " + paragraph[++i];
            }

            if (line.Length > 0 && line.Length + 1 + unit.Length > width)
            {
                Append(output, line.ToString(), ref first);
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(unit);
        }

        if (line.Length > 0)
        {
            Append(output, line.ToString(), ref first);
        }

        paragraph.Clear();
    }

    private static void Append(StringBuilder output, string line, ref bool first)
    {
        if (!first)
        {
            output.Append('\n');
        }

        output.Append(line);
        first = false;
    }
}
