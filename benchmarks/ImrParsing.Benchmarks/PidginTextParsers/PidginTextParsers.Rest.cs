using Pidgin;
using ImrParsing.Text;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>Consumes everything that is left and returns its range; never fails.</summary>
    public static Parser<char, OffsetRange> Rest { get; } = new RestParser();

    private sealed class RestParser : Parser<char, OffsetRange>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out OffsetRange result)
        {
            int start = (int)state.Location;
            int length = state.LookAhead(int.MaxValue).Length;
            state.Advance(length);
            result = new OffsetRange(start, start + length);
            return true;
        }
    }
}
