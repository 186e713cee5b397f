using Pidgin;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// Succeeds where <paramref name="parser"/> would match, and fails where it would not, consuming
    /// nothing either way: a guard that lets a rule commit only once it knows it will match.
    /// </summary>
    internal static Parser<char, Unit> At<T>(Parser<char, T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return new AtParser<T>(parser);
    }

    private sealed class AtParser<T>(Parser<char, T> parser) : Parser<char, Unit>, IFailsCleanly
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            if (Probe(parser, ref state, out _, out _))
            {
                return true;
            }

            Fail(ref state, ref expecteds, new Expected<char>("a match of the guarded rule"));
            return false;
        }
    }
}
