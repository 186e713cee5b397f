using Pidgin;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// <paramref name="parser"/> as many times as it matches, up to <paramref name="count"/>
    /// times, and the number of matches. Never fails; it reads no further than the bound, so a
    /// rule that allows "a few words" costs a few words wherever it is tried.
    /// </summary>
    internal static Parser<char, int> AtMost<T>(Parser<char, T> parser, int count)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new AtMostParser<T>(parser, count);
    }

    private sealed class AtMostParser<T>(Parser<char, T> parser, int count) : Parser<char, int>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out int result)
        {
            result = 0;
            while (result < count && Probe(parser, ref state, out int length, out _) && length > 0)
            {
                state.Advance(length);
                result++;
            }

            return true;
        }
    }
}
