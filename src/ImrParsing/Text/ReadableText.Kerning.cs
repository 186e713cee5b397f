namespace ImrParsing.Text;

// A space an extractor put beside a hyphen inside a word, moved to the word's start.
internal static partial class ReadableText
{
    // The longest word whose space is moved: longer runs without a space are not a word of a letter.
    private const int MaxMovedWord = 64;

    // The words after a suspended hyphen ("pre- and post-operative", "10- to 12-week"), whose space stays.
    private static readonly string[] SuspendedHyphenWords = ["and", "or", "nor", "to", "through", "versus", "vs"];

    // How many hyphens with a space on one side a text needs before those between two letters move.
    private const int KerningEvidence = 3;

    // A space on one side only of the hyphen at `hyphen`, between two letters or digits, moves to the
    // start of its word: "CM16 -0219557" reads " CM16-0219557", "10- 13-16" reads " 10-13-16".
    private static void MoveKerningSpace(string text, int hyphen, ref Changes readable)
    {
        int space;
        if (hyphen >= 2 && text[hyphen - 1] == ' ' && char.IsLetterOrDigit(text[hyphen - 2])
            && hyphen + 1 < text.Length && char.IsLetterOrDigit(text[hyphen + 1])
            && !(char.IsLetter(text[hyphen - 2]) && char.IsDigit(text[hyphen + 1])))
        {
            space = hyphen - 1;
        }
        else if (hyphen >= 1 && char.IsLetterOrDigit(text[hyphen - 1])
            && hyphen + 2 < text.Length && text[hyphen + 1] == ' ' && char.IsLetterOrDigit(text[hyphen + 2])
            && !IsSuspendedHyphenWord(text, hyphen + 2))
        {
            space = hyphen + 1;
        }
        else
        {
            return;
        }

        int start = space - 1;
        while (start > 0 && space - start < MaxMovedWord && !CharSets.IsSpace(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && !CharSets.IsSpace(text[start - 1]))
        {
            return;
        }

        bool betweenLetters = space < hyphen
            ? char.IsLetter(text[hyphen - 2]) && char.IsLetter(text[hyphen + 1])
            : char.IsLetter(text[hyphen - 1]) && char.IsLetter(text[hyphen + 2]);
        readable.Move(start, space, betweenLetters);
    }

    private static bool IsSuspendedHyphenWord(string text, int at)
    {
        int end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(at, end - at);
        foreach (string suspended in SuspendedHyphenWords)
        {
            if (word.Equals(suspended, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
