namespace ImrParsing.Text;

/// <summary>
/// Matches fixed phrases against letter text the way a reader would: ASCII case ignored, any run of
/// white space (line breaks and page breaks included) where the phrase has a space, spaces an
/// extractor put before a colon; for the form's own phrases, one space inside a word of a long phrase.
/// </summary>
internal static class Phrase
{
    /// <summary>
    /// The number of characters of <paramref name="text"/> that match <paramref name="phrase"/> at
    /// its start, or -1 when it does not match.
    /// </summary>
    public static int MatchLength(ReadOnlySpan<char> text, ReadOnlySpan<char> phrase) => MatchLength(text, phrase, spacedWords: false);

    /// <summary>
    /// As <see cref="MatchLength(ReadOnlySpan{char}, ReadOnlySpan{char})"/>; with
    /// <paramref name="spacedWords"/>, also one space between two letters of a word of a phrase of
    /// <see cref="MinSpacedPhraseLength"/> characters or more ("Decision rat ionale:"). Only for the
    /// form's own phrases (labels, headings, its sentences): vocabularies meet prose that writes two
    /// words where they have one ("electro acupuncture").
    /// </summary>
    internal static int MatchLength(ReadOnlySpan<char> text, ReadOnlySpan<char> phrase, bool spacedWords)
    {
        int i = 0;
        for (int j = 0; j < phrase.Length; j++)
        {
            char p = phrase[j];
            if (p == ' ')
            {
                if (i >= text.Length || !CharSets.IsSpace(text[i]))
                {
                    return -1;
                }

                while (i < text.Length && CharSets.IsSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            // "Decision rationale :": an extractor's space before a colon.
            if (p == ':' && i < text.Length && text[i] == ' ')
            {
                int colon = text[i..].IndexOfAnyExcept(' ');
                if (colon > 0 && i + colon < text.Length && text[i + colon] == ':')
                {
                    i += colon;
                }
            }

            if (i >= text.Length || !EqualsIgnoreAsciiCase(text[i], p))
            {
                if (!spacedWords || !SpaceInsideWord(text, i, phrase, j))
                {
                    return -1;
                }

                i++;
            }

            i++;
        }

        return i;
    }

    /// <summary>The fewest characters a phrase has for a space inside one of its words to be skipped: shorter ones are words that prose splits differently.</summary>
    internal const int MinSpacedPhraseLength = 10;

    // "request f or", "Decision rat ionale:": one space an extractor put between two letters of a word
    // of a long phrase. Every letter must still match, so prose cannot take the phrase's place.
    private static bool SpaceInsideWord(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> phrase, int j) =>
        phrase.Length >= MinSpacedPhraseLength && j > 0 && char.IsAsciiLetter(phrase[j - 1]) && char.IsAsciiLetter(phrase[j])
        && i > 0 && char.IsAsciiLetter(text[i - 1]) && i + 1 < text.Length && text[i] == ' ' && EqualsIgnoreAsciiCase(text[i + 1], phrase[j]);

    /// <summary>True when <paramref name="text"/> starts with <paramref name="phrase"/>.</summary>
    public static bool StartsWith(ReadOnlySpan<char> text, ReadOnlySpan<char> phrase) => MatchLength(text, phrase) >= 0;

    /// <summary>
    /// The offset in <paramref name="text"/> where <paramref name="phrase"/> first matches, or -1;
    /// <paramref name="length"/> receives the matched length.
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> phrase, out int length)
    {
        length = 0;
        if (phrase.IsEmpty)
        {
            return 0;
        }

        char first = phrase[0];
        char upper = char.ToUpperInvariant(first);
        char lower = char.ToLowerInvariant(first);
        int offset = 0;
        while (offset < text.Length)
        {
            // A phrase that starts with a space starts at any white space, as it matches any.
            int found = first == ' ' ? text[offset..].IndexOfAny(CharSets.AnySpace)
                : upper == lower ? text[offset..].IndexOf(first) : text[offset..].IndexOfAny(upper, lower);
            if (found < 0)
            {
                return -1;
            }

            offset += found;
            int matched = MatchLength(text[offset..], phrase);
            if (matched >= 0)
            {
                length = matched;
                return offset;
            }

            offset++;
        }

        return -1;
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/>.</summary>
    public static bool Contains(ReadOnlySpan<char> text, ReadOnlySpan<char> phrase) => IndexOf(text, phrase, out _) >= 0;

    /// <summary>True when the two characters are equal, ignoring ASCII case.</summary>
    public static bool EqualsIgnoreAsciiCase(char a, char b) =>
        a == b || ((uint)((a | 0x20) - 'a') <= 'z' - 'a' && (a | 0x20) == (b | 0x20));

    /// <summary>
    /// True when the two texts are equal, ignoring ASCII case; unlike <see cref="System.Text.Ascii.EqualsIgnoreCase(ReadOnlySpan{char}, ReadOnlySpan{char})"/>,
    /// which is false for any text past ASCII, a character past ASCII equals itself (an en dash in a phrase).
    /// </summary>
    public static bool EqualsIgnoreAsciiCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (!EqualsIgnoreAsciiCase(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
