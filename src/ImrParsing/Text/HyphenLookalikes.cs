using System.Buffers;

namespace ImrParsing.Text;

/// <summary>
/// Characters that stand for a hyphen in extracted text: the Unicode hyphen (U+2010), the
/// no-break hyphen (U+2011, what word processors put in "34‑year‑old"), the soft hyphen (U+00AD:
/// in a PDF the hyphen glyph of WinAnsi fonts, drawn where a word breaks) and the minus sign
/// (U+2212, a font's hyphen glyph mapped to it). An extractor hands over whatever the PDF's font
/// maps, so the rules read each of them as '-' (<see cref="ReadableText"/>), and the canonical form
/// writes '-'.
/// </summary>
internal static class HyphenLookalikes
{
    /// <summary>The characters read as '-'.</summary>
    public const string Chars = "\u00AD\u2010\u2011\u2212";

    private static readonly SearchValues<char> Values = SearchValues.Create(Chars);

    /// <summary>True for one of <see cref="Chars"/>.</summary>
    public static bool Is(char c) => c >= '\u00AD' && Values.Contains(c);

    /// <summary>True for '-' or one of <see cref="Chars"/>.</summary>
    public static bool IsHyphen(char c) => c == '-' || Is(c);

    /// <summary>
    /// PDFium's mark of a hyphen that ended a line, written in the hyphen's place when it joins the
    /// word's two parts on one line ("radicul\uFFFEopathy"): what Chrome, pypdfium2 and the tools
    /// built on them hand over. A line-end hyphen and its line end in one character, which the
    /// canonical form drops and the word lexer joins across, as they do "radicul-" / "opathy".
    /// U+FFFE is a noncharacter: no text means anything else by it.
    /// </summary>
    public const char JoinedLineEnd = '\uFFFE';

    /// <summary>True for '-' or <see cref="JoinedLineEnd"/>: where a word may go on past a line end, in the text as the rules read it.</summary>
    public static bool MayJoinLines(char c) => c == '-' || c == JoinedLineEnd;

    /// <summary>True for one of <see cref="Chars"/> or <see cref="JoinedLineEnd"/>: what the canonical form writes as '-' where it keeps it.</summary>
    public static bool IsWrittenAsHyphen(char c) => Is(c) || c == JoinedLineEnd;
}
