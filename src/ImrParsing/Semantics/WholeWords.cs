using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>Finds phrases as whole words in canonical text, with <see cref="Phrase"/>'s tolerance of case and space.</summary>
internal static class WholeWords
{
    /// <summary>The first offset where <paramref name="phrase"/> occurs as whole words, or -1; <paramref name="length"/> receives its length.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string phrase, out int length)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int found = Phrase.IndexOf(text[offset..], phrase, out _);
            if (found < 0)
            {
                break;
            }

            int at = offset + found;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(phrase[0]))
                && TextParsers.StartsWithKeyword(text[at..], phrase, out length))
            {
                return at;
            }

            offset = at + 1;
        }

        length = 0;
        return -1;
    }
}
