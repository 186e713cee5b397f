using System.Text;
using CsCheck;

namespace ImrParsing.Tests.Properties;

/// <summary>One damage done to a letter's lines; positions are fractions so that any letter takes any mutation.</summary>
public enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    Truncate,
    InsertUnicode,
    ChangeWhiteSpace,
    MisspellHeading,
    SpliceLineFromAnotherLetter,
    BreakInsideHeading,
}

/// <summary>A mutation: its kind, two positions in [0, 1) and a random string for those that insert text.</summary>
public sealed record Mutation(MutationKind Kind, double At, double Other, string Text)
{
    public override string ToString() => $"{Kind} at {At:0.000}/{Other:0.000} \"{Escape(Text)}\"";

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}"));
}

/// <summary>
/// CsCheck generators for the property tests: the corpus letters damaged the ways real extraction
/// and editing damage them (lines deleted, duplicated, swapped, truncated anywhere, random Unicode
/// including lone surrogates and control characters, white space changed, headings misspelled or
/// broken inside by a lone CR, a CR LF or a form feed),
/// and random text, both plain and made of the letters' own vocabulary.
/// </summary>
public static class LetterGen
{
    /// <summary>Every text in the corpus (seeds, both extractions of the real letters), read once.</summary>
    public static IReadOnlyList<string> CorpusTexts { get; } =
        [.. Infrastructure.Corpus.AllTexts.Select(Infrastructure.Corpus.Read)];

    /// <summary>Characters that break naive text code: lone and paired surrogates, controls, odd line and space characters, marks.</summary>
    public const string TrickyChars =
        "\uD800\uDBFF\uDC00\uDFFF\uD83D\uDE00\0\u0001\u0008\u000B\u000C\u001B\u007F\u0085\u00A0\u00AD\u2028\u2029" +
        "\u200B\u200E\u200F\u202E\uFEFF\uFFFD\uFFFE\uFFFF\u0301\uFF1A\u2010\u2011\u00B7\t\r\n :-/().,;";

    /// <summary>Words and punctuation the grammar keys on.</summary>
    public static readonly string[] Vocabulary =
    [
        "HOW THE IMR FINAL DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND RATIONALES",
        "Case Number:", "Date Assigned:", "Decision Date:", "Priority:", "Date of Injury:", "UR Denial Date:",
        "Application", "Received:", "Application Received:", "State(s) of Licensure:", "Certification(s)/Specialty:",
        "Claims Administrator guideline:", "MAXIMUS guideline:", "Decision rationale:", "Upheld", "Overturned",
        ": Upheld", ": Overturned", "1.", "2)", "CM16-0213037", "11/09/2016", "10-13-16", "Standard", "Expedited",
        "48 year old male", "The Expert Reviewer has the following credentials:", "Section(s):", "is not medically necessary",
        "The Final Determination was based on decisions for the disputed items/services set forth below:",
        "\n", "\n", "\n", "\r\n", "\r", "\f", " ", " ", "  ", "\t", ":", "-", "(", ")",
    ];

    private static readonly Gen<char> Tricky = Gen.Frequency((3, Gen.Char[TrickyChars]), (1, Gen.Char));

    /// <summary>A random mutation.</summary>
    public static readonly Gen<Mutation> Mutation = Gen.Select(
        Gen.Enum<MutationKind>(), Gen.Double.Unit, Gen.Double.Unit, Gen.String[Tricky, 1, 8],
        (kind, at, other, text) => new Mutation(kind, at, other, text));

    /// <summary>A corpus letter with one to eight mutations applied.</summary>
    public static readonly Gen<string> MutatedLetter = Gen.Select(
        Gen.Int[0, CorpusTexts.Count - 1], Mutation.Array[1, 8], (letter, mutations) => Apply(CorpusTexts[letter], mutations));

    /// <summary>Random text: any characters, or the letters' vocabulary in random order.</summary>
    public static readonly Gen<string> RandomText = Gen.OneOf(
        Gen.String[Tricky, 0, 1000],
        Gen.String,
        Gen.Char.Array[0, 400].Select(chars => new string(chars)),
        Gen.Int[0, Vocabulary.Length - 1].Array[0, 200].Select(words => string.Join(' ', words.Select(word => Vocabulary[word]))));

    /// <summary>Applies <paramref name="mutations"/> to <paramref name="letter"/> in order.</summary>
    public static string Apply(string letter, IEnumerable<Mutation> mutations)
    {
        var lines = SplitKeepingEnds(letter);
        foreach (var mutation in mutations)
        {
            lines = Apply(lines, mutation);
        }

        return string.Concat(lines);
    }

    private static List<string> Apply(List<string> lines, Mutation m)
    {
        if (lines.Count == 0)
        {
            return [m.Text];
        }

        int i = Index(m.At, lines.Count);
        int j = Index(m.Other, lines.Count);
        switch (m.Kind)
        {
            case MutationKind.DeleteLine:
                lines.RemoveAt(i);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(i, lines[i]);
                break;
            case MutationKind.SwapLines:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case MutationKind.Truncate:
                string text = string.Concat(lines);
                return SplitKeepingEnds(text[..Index(m.At, text.Length + 1)]);
            case MutationKind.InsertUnicode:
                lines[i] = lines[i].Insert(Index(m.Other, lines[i].Length + 1), m.Text);
                break;
            case MutationKind.ChangeWhiteSpace:
                lines[i] = ChangeWhiteSpace(lines[i], m);
                break;
            case MutationKind.MisspellHeading:
                Misspell(lines, i, m);
                break;
            case MutationKind.BreakInsideHeading:
                BreakInside(lines, i, m);
                break;
            case MutationKind.SpliceLineFromAnotherLetter:
                var other = SplitKeepingEnds(CorpusTexts[Index(m.Other, CorpusTexts.Count)]);
                lines.Insert(i, other[Index(m.At, other.Count)]);
                break;
        }

        return lines;
    }

    // The ways extractors differ: tabs, runs of spaces, no-break spaces, indentation, CR LF, lone CR, trailing spaces.
    private static string ChangeWhiteSpace(string line, Mutation m)
    {
        string body = line.TrimEnd('\r', '\n');
        return Index(m.Other, 7) switch
        {
            0 => body.Replace(' ', '\t') + "\n",
            1 => body.Replace(" ", "   ") + "\n",
            2 => body.Replace(' ', '\u00A0') + "\n",
            3 => "        " + body + "\n",
            4 => body + "\r\n",
            5 => body + "\r",
            _ => body + "   \n",
        };
    }

    // Changes one character of the first heading or label line (in capitals, or with a colon) at or after start.
    private static void Misspell(List<string> lines, int start, Mutation m)
    {
        if (HeadingOrLabelLine(lines, start) is not int i)
        {
            return;
        }

        string body = lines[i].TrimEnd('\r', '\n');
        int at = Index(m.Other, body.Length);
        var builder = new StringBuilder(body);
        switch (Index(m.At * 7 % 1, 4))
        {
            case 0: builder.Remove(at, 1); break;
            case 1: builder.Insert(at, body[at]); break;
            case 2: builder[at] = char.IsUpper(body[at]) ? char.ToLowerInvariant(body[at]) : char.ToUpperInvariant(body[at]); break;
            default: builder[at] = (char)('a' + Index(m.At, 26)); break;
        }

        lines[i] = builder.Append(lines[i].AsSpan(body.Length)).ToString();
    }

    // A lone CR, a CR LF or a form feed inside the first heading or label line at or after start,
    // as an extractor breaks a line or a page inside a phrase (what found issue 17's crash).
    private static void BreakInside(List<string> lines, int start, Mutation m)
    {
        if (HeadingOrLabelLine(lines, start) is int i)
        {
            string body = lines[i].TrimEnd('\r', '\n');
            lines[i] = lines[i].Insert(1 + Index(m.Other, body.Length - 1), Index(m.At, 3) switch { 0 => "\r", 1 => "\r\n", _ => "\f" });
        }
    }

    // The first line at or after start that looks like a heading (in capitals) or a label (with a colon).
    private static int? HeadingOrLabelLine(List<string> lines, int start)
    {
        for (int k = 0; k < lines.Count; k++)
        {
            int i = (start + k) % lines.Count;
            string body = lines[i].TrimEnd('\r', '\n');
            if (body.Length > 3 && (body.Contains(':', StringComparison.Ordinal) || body == body.ToUpperInvariant()))
            {
                return i;
            }
        }

        return null;
    }

    private static int Index(double fraction, int count) => count == 0 ? 0 : Math.Min(count - 1, (int)(fraction * count));

    /// <summary>Splits a text into lines that keep their line ends, so that joining them gives the text back.</summary>
    public static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
