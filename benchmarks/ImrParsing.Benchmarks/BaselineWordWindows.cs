using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="Lexing.WordWindows"/>'s group walks before they read a character at a time: a
/// vectorized search for each run of white space and of text. The baseline of
/// `WordWindowsBenchmarks` and the reference of `WordWindowsReferenceTests` (shared as source).
/// </summary>
internal static class BaselineWordWindows
{
    public static int Before(ReadOnlySpan<char> text, int lower, int at, int groups)
    {
        int found = 0;
        int groupEnd = at;
        while (true)
        {
            int space = text[lower..groupEnd].LastIndexOfAny(CharSets.AnySpace);
            if (space < 0)
            {
                return lower;
            }

            space += lower;
            int runStart = text[lower..space].LastIndexOfAnyExcept(CharSets.AnySpace) + lower + 1;
            if (runStart == lower)
            {
                return lower;
            }

            bool counted = found == 0 || text[(space + 1)..groupEnd].ContainsAnyExcept('(');
            groupEnd = runStart;
            if (text[runStart - 1] == '-' || !counted)
            {
                continue;
            }

            if (found++ == groups)
            {
                return runStart;
            }
        }
    }

    public static int After(ReadOnlySpan<char> text, int at, int upper, int groups)
    {
        int found = 0;
        int from = at;
        while (true)
        {
            int space = text[from..upper].IndexOfAny(CharSets.AnySpace);
            if (space < 0)
            {
                return upper;
            }

            space += from;
            if (space > 0 && text[space - 1] != '-' && found++ == groups)
            {
                return space;
            }

            int next = text[space..upper].IndexOfAnyExcept(CharSets.AnySpace);
            if (next < 0)
            {
                return upper;
            }

            from = space + next;
        }
    }

}
