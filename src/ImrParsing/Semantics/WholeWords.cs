using ImrParsing.Parsers.Combinators;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Finds a phrase as whole words in text, with <see cref="Phrase"/>'s tolerance of case and space:
/// the one search of the character readers and the redactor ("48" is not found inside "148").
/// Readers of a letter's words match phrases on the lexer's tokens instead (<c>TokenPhrases</c>).
/// </summary>
internal static class WholeWords
{
    /// <summary>The first offset where <paramref name="phrase"/> occurs as whole words, or -1; <paramref name="length"/> receives its length.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string phrase, out int length) => IndexOf(text, 0, phrase, out length);

    /// <summary>
    /// The first offset at or after <paramref name="from"/> where <paramref name="phrase"/> occurs as
    /// whole words (the character before <paramref name="from"/> counts), or -1;
    /// <paramref name="length"/> receives its length.
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text, int from, string phrase, out int length)
    {
        int offset = from;
        while (offset < text.Length)
        {
            // One vectorized search for the phrase's first character, then a check there.
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
