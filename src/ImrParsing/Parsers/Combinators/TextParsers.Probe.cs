using System.Diagnostics.CodeAnalysis;
using Pidgin;
using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    // Runs the parser from the current place and returns there; true when it matched, with the
    // number of characters it would consume.
    internal static bool Probe<T>(Parser<char, T> parser, ref ParseState<char> state, out int length, out T? result)
    {
        long start = state.Location;
        long bookmark = state.Bookmark();
        // What the parser expected is never read: its list comes from the thread's scratch arrays.
        var scratch = new PooledList<Expected<char>>(ScratchPool<Expected<char>>.Instance);
        try
        {
            bool matched = parser.TryParse(ref state, ref scratch, out result);
            length = matched ? (int)(state.Location - start) : 0;
            return matched;
        }
        finally
        {
            state.Rewind(bookmark);
            scratch.Dispose();
        }
    }

    // Runs a parser that consumes nothing when it fails (IFailsCleanly) where it is; what it expected is thrown away.
    private static bool RunInPlace<T>(Parser<char, T> parser, ref ParseState<char> state, [MaybeNullWhen(false)] out T result)
    {
        var scratch = new PooledList<Expected<char>>(ScratchPool<Expected<char>>.Instance);
        bool matched = parser.TryParse(ref state, ref scratch, out result);
        scratch.Dispose();
        return matched;
    }
}
