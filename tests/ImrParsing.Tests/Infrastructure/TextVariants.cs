using System.Text;
using System.Text.RegularExpressions;
using ImrParsing.Tokenizing;

namespace ImrParsing.Tests.Infrastructure;

/// <summary>One way another extractor or system hands over the same letter.</summary>
/// <param name="Name">A short name for messages ("crlf").</param>
/// <param name="Make">Makes the variant of a letter's text from the text and its parse; the text is made in memory, never written.</param>
public sealed record TextVariant(string Name, Func<string, ImrDocument, string> Make)
{
    /// <summary>A variant that needs only the text.</summary>
    public TextVariant(string name, Func<string, string> make)
        : this(name, (text, _) => make(text))
    {
    }

    /// <summary>The variant of <paramref name="text"/>.</summary>
    public string Apply(string text) => Make(text, ImrDocument.Parse(text));

    /// <summary>The variant of <paramref name="text"/>, whose parse the caller already has.</summary>
    public string Apply(string text, ImrDocument parsed) => Make(text, parsed);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// The shapes other extractors give the same letter. The first four are those of the lead's
/// <c>/work/shared/tools/variants.py</c>, made the same way; the others go further: every space a
/// no-break space, a byte-order mark alone, form feeds dropped, page breaks added in the middle of
/// items, and the prose re-wrapped at other widths (<see cref="TextRewrapper"/>).
/// </summary>
public static partial class TextVariants
{
    /// <summary>Windows line ends.</summary>
    public static TextVariant Crlf { get; } = new("crlf", text => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal));

    /// <summary>The seed letters' shape: a leading space, every line followed by a blank one, each ending in a space; form feeds become line ends.</summary>
    public static TextVariant Spaced { get; } = new("spaced", text =>
    {
        var builder = new StringBuilder(" ", text.Length * 2);
        foreach (string line in text.Replace('\f', '\n').Split('\n'))
        {
            builder.Append(line.TrimEnd()).Append(" \n\n");
        }

        return builder.ToString();
    });

    /// <summary>No form feeds (each becomes a line end) and blank lines squeezed out; runs of spaces kept.</summary>
    public static TextVariant Joined { get; } = new("joined", text => BlankLines().Replace(text.Replace('\f', '\n'), "\n"));

    /// <summary>A byte-order mark in front; the spaces of headings (upper-case lines) and of lines ending with a colon are no-break spaces.</summary>
    public static TextVariant NoBreakHeadings { get; } = new("nbsp", text =>
        "\uFEFF" + string.Join('\n', text.Split('\n').Select(line => IsUpperCase(line) || line.EndsWith(':') ? line.Replace(' ', '\u00A0') : line)));

    /// <summary>Every space a no-break space, as some PDF libraries give the space glyph.</summary>
    public static TextVariant NoBreakEverywhere { get; } = new("nbsp-all", text => text.Replace(' ', '\u00A0'));

    /// <summary>A byte-order mark in front, nothing else changed.</summary>
    public static TextVariant ByteOrderMark { get; } = new("bom", text => "\uFEFF" + text);

    /// <summary>Form feeds dropped: the next page's first line follows straight after the last line's end.</summary>
    public static TextVariant FormFeedsDropped { get; } = new("no-ff", text => text.Replace("\f", string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// A page break every <see cref="PageLines"/> lines, as pdftotext writes it (a form feed in front
    /// of the new page's first line), so that pages break in the middle of items, parts and sentences;
    /// and a form feed at the very end, where pdftotext leaves one.
    /// </summary>
    public static TextVariant PageBreaks { get; } = new("pages", text =>
    {
        string[] lines = text.Split('\n');
        for (int i = PageLines; i < lines.Length; i += PageLines)
        {
            lines[i] = "\f" + lines[i];
        }

        return string.Join('\n', lines) + "\f";
    });

    /// <summary>How many lines a page of <see cref="PageBreaks"/> holds: few, so that every letter gets several breaks.</summary>
    public const int PageLines = 13;

    /// <summary>The prose re-wrapped at 52 columns.</summary>
    public static TextVariant Narrow { get; } = new("wrap-52", (text, parsed) => TextRewrapper.Rewrap(text, parsed, 52));

    /// <summary>The prose re-wrapped at 150 columns.</summary>
    public static TextVariant Wide { get; } = new("wrap-150", (text, parsed) => TextRewrapper.Rewrap(text, parsed, 150));

    /// <summary>
    /// Every heading moved onto the end of the line before it, with no form feed, as PdfPig's content
    /// order and pdfplumber write a page's first heading ("further treatment.  IMR ISSUES, ..."): one
    /// space after a sentence's end or a colon, two after a word. Headings in capitals only: inside a
    /// line, a heading in mixed case ("Independent Medical Review") cannot be told from prose.
    /// </summary>
    public static TextVariant HeadingsRunOn { get; } = new("headings-run-on", text =>
    {
        var classifier = ImrParser.Default.Classifier;
        var lines = text.Split('\n').ToList();
        for (int i = 1; i < lines.Count; i++)
        {
            string heading = lines[i].Trim().Trim('\f').Trim();
            int rule = classifier.MatchRule(heading);
            int previous = lines.FindLastIndex(i - 1, line => line.Trim().Trim('\f').Length > 0);
            if (rule < 0 || classifier.Rules[rule].Kind != LineKind.Heading || !IsUpperCase(heading) || previous < 0)
            {
                continue;
            }

            string before = lines[previous].TrimEnd();
            lines[previous] = before + (before.EndsWith('.') || before.EndsWith(':') ? " " : "  ") + heading;
            lines.RemoveAt(i);
            i--;
        }

        return string.Join('\n', lines);
    });

    /// <summary>
    /// Every hyphen written as one of the characters a PDF's font may map its hyphen glyph to, in
    /// turn: the Unicode hyphen, the no-break hyphen a word processor puts in "34‑year‑old", the soft
    /// hyphen (WinAnsi's hyphen) and the minus sign.
    /// </summary>
    public static TextVariant UnicodeHyphens { get; } = new("unicode-hyphens", text =>
    {
        const string lookalikes = "\u2010\u2011\u00AD\u2212";
        int next = 0;
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = source[i] == '-' ? lookalikes[next++ % lookalikes.Length] : source[i];
            }
        });
    });

    /// <summary>
    /// The letter as pypdf gives it: a PDF's kerning next to a hyphen's glyph written as a space, before
    /// the hyphen or after it in turn, at the first hyphen between two letters or digits of each word
    /// ("CM16 -0213037", "10- 13-16", "Non -MTUS"; one a word, as pypdf writes this corpus's letters).
    /// </summary>
    public static TextVariant KerningSpaces { get; } = new("kerning-spaces", text =>
    {
        int next = 0;
        return KernedHyphen().Replace(text, match => next++ % 2 == 0 ? " -" : "- ");
    });

    /// <summary>
    /// PyMuPDF's "blocks" output: a letter's image (a logo, a signature) as a block of its own whose
    /// text is a placeholder, here after every heading in capitals.
    /// </summary>
    public static TextVariant ImagePlaceholders { get; } = new("image-placeholders", text =>
        string.Join('\n', text.Split('\n').Select(line => line.Trim().Length > 8 && IsUpperCase(line) ? line + "\n<image: DeviceRGB, width: 376, height: 92, bpc: 8>" : line)));

    /// <summary>
    /// Every line ended by one of Unicode's line ends past ASCII in turn (LS U+2028, NEL U+0085, PS
    /// U+2029), as text that passed through a system that writes them for a line break gives it.
    /// </summary>
    public static TextVariant UnicodeLineEnds { get; } = new("unicode-line-ends", text =>
    {
        const string lineEnds = "\u2028\u0085\u2029";
        string lines = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        int next = 0;
        return string.Create(lines.Length, lines, (chars, source) =>
        {
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = source[i] == '\n' ? lineEnds[next++ % lineEnds.Length] : source[i];
            }
        });
    });

    /// <summary>
    /// The case number's hyphen set apart ("CM16 - 0213037"), as text from pdf.js's runs joined with
    /// spaces gives it: the PDF draws the number as three runs. Not one of <see cref="All"/>: it
    /// changes the text's words.
    /// </summary>
    public static TextVariant CaseNumberRunsSpaced { get; } = new("case-number-runs-spaced", text => CaseNumber().Replace(text, "$1 - $2"));

    /// <summary>
    /// The letter as extractors that write Markdown give it: each heading a Markdown heading
    /// ("## IMR ISSUES, ..."), the labels that start lines and the decision words in bold
    /// ("**Case Number:** CM16-...", "...: **Upheld**"), and "&amp;" escaped as HTML ("Lumbar &amp;amp;
    /// Thoracic"), as Docling writes it.
    /// </summary>
    public static TextVariant Markdown { get; } = new("markdown", text =>
    {
        var classifier = ImrParser.Default.Classifier;
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string content = lines[i].Trim().Trim('\f').Trim();
            int rule = classifier.MatchRule(content);
            if (rule >= 0 && classifier.Rules[rule].Kind == LineKind.Heading && lines[i].TrimStart().StartsWith(content, StringComparison.Ordinal))
            {
                lines[i] = lines[i].Replace(content, "## " + content, StringComparison.Ordinal);
                continue;
            }

            lines[i] = DecisionWord().Replace(StartingLabel().Replace(lines[i], "**$1**"), ": **$1**");
        }

        return string.Join('\n', lines).Replace("&", "&amp;", StringComparison.Ordinal);
    });

    /// <summary>Every variant, each applied alone.</summary>
    public static IReadOnlyList<TextVariant> All { get; } =
        [Crlf, Spaced, Joined, NoBreakHeadings, NoBreakEverywhere, ByteOrderMark, FormFeedsDropped, PageBreaks, Narrow, Wide, HeadingsRunOn, UnicodeHyphens, UnicodeLineEnds, ImagePlaceholders, Markdown];

    // Python's str.isupper(): at least one cased character, and no lower-case one.
    private static bool IsUpperCase(string line) => line.Any(char.IsUpper) && !line.Any(char.IsLower);

    // The first hyphen of a word between two letters or digits, not before a word a suspended hyphen comes before.
    [GeneratedRegex(@"(?<=(?<![^\s])[^\s-]*[A-Za-z0-9])-(?=[A-Za-z0-9])(?!(?:and|or|nor|to|through|versus|vs)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KernedHyphen();

    [GeneratedRegex(@"\b([A-Z]{2}[0-9]{2})-([0-9]{5,})\b")]
    private static partial Regex CaseNumber();

    [GeneratedRegex("\n{2,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^([A-Z][A-Za-z()/ ]{2,40}:)(?= )")]
    private static partial Regex StartingLabel();

    [GeneratedRegex(@": (Upheld|Overturned)\s*$")]
    private static partial Regex DecisionWord();
}
