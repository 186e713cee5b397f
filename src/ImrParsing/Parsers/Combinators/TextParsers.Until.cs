namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// How much of <paramref name="text"/> comes before the first place where one of
    /// <paramref name="phrases"/> matches (as a scan up to the phrase would read it); -1 when none occurs.
    /// </summary>
    internal static int UntilLength(ReadOnlySpan<char> text, ReadOnlySpan<string> phrases)
    {
        int best = -1;
        foreach (string phrase in phrases)
        {
            int found = ImrParsing.Text.Phrase.IndexOf(best < 0 ? text : text[..best], phrase, out _);
            if (found >= 0 && (best < 0 || found < best))
            {
                best = found;
            }
        }

        return best;
    }
}
