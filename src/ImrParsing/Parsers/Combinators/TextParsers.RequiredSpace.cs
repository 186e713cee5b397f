using System.Buffers;
using Pidgin;
using ImrParsing.Text;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// Skips a run of at least one white space character: where a letter has one space between two
    /// words, an extractor may give a no-break space, a tab or a line break. Fails, consuming
    /// nothing, when the next character is not white space.
    /// </summary>
    public static Parser<char, Unit> RequiredSpace { get; } = new RequiredSpaceParser();

    private sealed class RequiredSpaceParser : Parser<char, Unit>, IFirstChars, IFailsCleanly
    {
        public string? FirstChars => CharSets.AnySpaceChars;

        public SearchValues<char> FirstCharSet => CharSets.AnySpace;

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            int skipped = SpaceLength(state.LookAhead(int.MaxValue));
            if (skipped == 0)
            {
                Fail(ref state, ref expecteds, new Expected<char>("white space"));
                return false;
            }

            state.Advance(skipped);
            return true;
        }
    }
}
