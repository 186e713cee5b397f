using Pidgin;
using ImrParsing.Text;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>A run of characters that are not white space; returns its range.</summary>
    public static Parser<char, OffsetRange> Word { get; } = new WordParser();

    private sealed class WordParser : Parser<char, OffsetRange>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out OffsetRange result)
        {
            var rest = state.LookAhead(int.MaxValue);
            int length = rest.IndexOfAny(CharSets.AnySpace);
            if (length < 0)
            {
                length = rest.Length;
            }

            int start = (int)state.Location;
            if (length == 0)
            {
                result = default;
                Fail(ref state, ref expecteds, new Expected<char>("a word"));
                return false;
            }

            state.Advance(length);
            result = new OffsetRange(start, start + length);
            return true;
        }
    }
}
