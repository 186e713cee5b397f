using Pidgin;
using ImrParsing.Text;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>Skips any run of white space, line and page breaks included; never fails.</summary>
    public static Parser<char, Unit> Space { get; } = new SpaceParser();

    private sealed class SpaceParser : Parser<char, Unit>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            state.Advance(SpaceLength(state.LookAhead(int.MaxValue)));
            return true;
        }
    }

    /// <summary>How many characters of white space <paramref name="text"/> starts with.</summary>
    internal static int SpaceLength(ReadOnlySpan<char> text)
    {
        int length = text.IndexOfAnyExcept(CharSets.AnySpace);
        return length < 0 ? text.Length : length;
    }
}
