using System.Buffers;
using System.Text;

namespace ImrParsing.Pdf;

/// <summary>
/// The Latin ligatures of Unicode's presentation forms (U+FB00 to U+FB06), written out: a PDF whose
/// font draws "fi" as one glyph maps it to "ﬁ", and the letter's words ("Oﬃcial", "Certiﬁed") are to
/// read as the words they are. pdftotext writes them out too.
/// </summary>
internal static class Ligatures
{
    private static readonly string[] Letters = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    private static readonly SearchValues<char> Forms = SearchValues.Create("\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06");

    /// <summary><paramref name="text"/> with every ligature written out; the text itself when it has none.</summary>
    public static string WrittenOut(string text)
    {
        int at = text.AsSpan().IndexOfAny(Forms);
        if (at < 0)
        {
            return text;
        }

        var written = new StringBuilder(text.Length + 16).Append(text, 0, at);
        for (int i = at; i < text.Length; i++)
        {
            char c = text[i];
            if (Forms.Contains(c))
            {
                written.Append(Letters[c - '\uFB00']);
            }
            else
            {
                written.Append(c);
            }
        }

        return written.ToString();
    }
}
