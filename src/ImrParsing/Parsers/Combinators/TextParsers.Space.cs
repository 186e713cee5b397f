using Pidgin;
using ImrParsing.Text;

namespace ImrParsing.Parsers.Combinators;

public static partial class TextParsers
{
    /// <summary>Skips any run of white space, line and page breaks included; never fails.</summary>
    public static Parser<char, Unit> Space { get; } = new SpaceParser();

    private sealed class SpaceParser : Parser<char, Unit>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            var rest = state.LookAhead(int.MaxValue);
            int skipped = rest.IndexOfAnyExcept(CharSets.AnySpace);
            state.Advance(skipped < 0 ? rest.Length : skipped);
            return true;
        }
    }
}
