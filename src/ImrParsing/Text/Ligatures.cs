namespace ImrParsing.Text;

/// <summary>
/// The Latin ligatures of Unicode's presentation forms (U+FB00 to U+FB06), written out: a PDF whose
/// font draws "fi" as one glyph maps it to "ﬁ", and the letter's words ("Oﬃcial", "Certiﬁed") are to
/// read as the words they are. pdftotext writes them out; other extractors hand them over as they are.
/// </summary>
internal static class Ligatures
{
    private const char First = '\uFB00';
    private const char Last = '\uFB06';

    private static readonly string[] Letters = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    /// <summary>True when <paramref name="text"/> holds a ligature.</summary>
    public static bool In(ReadOnlySpan<char> text) => text.IndexOfAnyInRange(First, Last) >= 0;

    /// <summary><paramref name="text"/> with every ligature written out; the text itself when it has none.</summary>
    public static string WrittenOut(string text) => In(text) ? WrittenOut(text.AsSpan()) : text;

    /// <summary><paramref name="text"/> with every ligature written out, as a new string.</summary>
    public static string WrittenOut(ReadOnlySpan<char> text)
    {
        var written = new System.Text.StringBuilder(text.Length + 16);
        while (!text.IsEmpty)
        {
            int at = text.IndexOfAnyInRange(First, Last);
            if (at < 0)
            {
                written.Append(text);
                break;
            }

            written.Append(text[..at]).Append(Letters[text[at] - First]);
            text = text[(at + 1)..];
        }

        return written.ToString();
    }
}
