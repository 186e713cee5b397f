namespace ImrParsing.Semantics;

/// <summary>What the quantity reader, still over the spelled text, skips between its words: spaces.</summary>
internal static class Scan
{
    /// <summary>The first offset at or after <paramref name="at"/> that is not a space.</summary>
    public static int SkipSpace(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
