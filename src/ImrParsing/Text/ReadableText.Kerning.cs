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

    // The fewest digits after an identifier's hyphen that an extractor set apart: a case number has
    // seven ("CM16 - 0213037"); a range of spinal levels or hours has one or two ("L4 - 5", "q4 - 6").
    private const int MinIdentifierDigits = 5;

    // A space on one side only of the hyphen at `hyphen`, between two letters or digits, moves to the
    // start of its word: "CM16 -0219557" reads " CM16-0219557", "10- 13-16" reads " 10-13-16". The
    // spaces on both sides of an identifier's hyphen move too: "CM16 - 0213037" reads "  CM16-0213037".
    private static void MoveKerningSpace(string text, int hyphen, ref Changes readable)
    {
        int space;
        int second = -1;
        if (IsIdentifierHyphenSetApart(text, hyphen))
        {
            space = hyphen - 1;
            second = hyphen + 1;
        }
        else if (hyphen >= 2 && text[hyphen - 1] == ' ' && char.IsLetterOrDigit(text[hyphen - 2])
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
        readable.Move(start, space, second, betweenLetters && second < 0);
    }

    // " - " between letters followed by digits and a run of digits, each a whole word ("CM16 - 0213037").
    private static bool IsIdentifierHyphenSetApart(string text, int hyphen)
    {
        if (hyphen < 3 || hyphen + 2 >= text.Length || text[hyphen - 1] != ' ' || text[hyphen + 1] != ' ')
        {
            return false;
        }

        int digits = hyphen + 2;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits - (hyphen + 2) < MinIdentifierDigits || (digits < text.Length && char.IsLetterOrDigit(text[digits])))
        {
            return false;
        }

        int start = hyphen - 2;
        while (start >= 0 && char.IsAsciiDigit(text[start]))
        {
            start--;
        }

        int letters = start;
        while (letters >= 0 && char.IsAsciiLetter(text[letters]))
        {
            letters--;
        }

        return start < hyphen - 2 && letters < start && (letters < 0 || CharSets.IsSpace(text[letters]));
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
