using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>
/// Lists written in a line of prose: "California,North Carolina", "Texas, New York and California";
/// items in the letter's offsets, empty ones left out.
/// </summary>
internal static class ListGrammar
{
    private static readonly string[] Commas = [","];

    private static readonly string[] CommasAndAnd = [",", " and "];

    /// <summary>
    /// The items of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, separated by
    /// commas, and also by the word "and" where <paramref name="and"/> ("Texas, New York, and California"),
    /// added to <paramref name="items"/>, which it returns.
    /// </summary>
    public static List<(int Start, int End)> Items(string text, int start, int end, bool and, List<(int Start, int End)> items)
    {
        var source = text.AsSpan(0, end);
        var separators = and ? CommasAndAnd : Commas;
        int at = start;
        while (true)
        {
            int length = TextParsers.UntilLength(source[at..], separators);
            int itemEnd = length < 0 ? source.Length : at + length;
            if (itemEnd > at)
            {
                items.Add((at, itemEnd));
            }

            if (length < 0)
            {
                return items;
            }

            at = itemEnd + (and ? SeparatorLength(source[itemEnd..]) : 1);
        }
    }

    // ",", ", and " or " and ": the separator the text starts with, found where the item ended.
    private static int SeparatorLength(ReadOnlySpan<char> text)
    {
        if (text[0] != ',')
        {
            return Phrase.MatchLength(text, " and ");
        }

        int space = 1 + TextParsers.SpaceLength(text[1..]);
        return space + Math.Max(0, Phrase.MatchLength(text[space..], "and "));
    }
}
