using Pidgin;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// Succeeds where <paramref name="parser"/> would not match (the end of the text included), and
    /// fails where it would, consuming nothing either way: "a word that is not a verb", "text up to
    /// but not into the next sentence".
    /// </summary>
    internal static Parser<char, Unit> NotAt<T>(Parser<char, T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return new NotAtParser<T>(parser);
    }

    private sealed class NotAtParser<T>(Parser<char, T> parser) : Parser<char, Unit>, IFailsCleanly
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            if (!Probe(parser, ref state, out _, out _))
            {
                return true;
            }

            Fail(ref state, ref expecteds, new Expected<char>("anything but a match of the excluded rule"));
            return false;
        }
    }
}
