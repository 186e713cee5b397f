using Pidgin;
using ImrParsing.Tokenizing;

namespace ImrParsing.Parsers;

/// <summary>
/// Skips the lines whose kind is one of a set, in one loop over the tokens: what
/// <c>Token(predicate).SkipMany()</c> does, without a parser call, a delegate call and a bookmark
/// for every line of a letter. Never fails, like <c>SkipMany</c>.
/// </summary>
internal sealed class SkipLinesParser : Parser<Line, Unit>
{
    private readonly uint _kinds;

    public SkipLinesParser(IEnumerable<LineKind> kinds)
    {
        foreach (var kind in kinds)
        {
            _kinds |= 1u << (int)kind;
        }
    }

    public override bool TryParse(ref ParseState<Line> state, ref PooledList<Expected<Line>> expecteds, out Unit result)
    {
        while (state.HasCurrent && (_kinds & (1u << (int)state.Current.Kind)) != 0)
        {
            state.Advance();
        }

        result = Unit.Value;
        return true;
    }
}
