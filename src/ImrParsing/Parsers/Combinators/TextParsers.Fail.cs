using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    // How the combinators of this folder fail: they say what they expected, and the error is at the
    // current place (the character there, or the end of the text).
    internal static void Fail(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, Expected<char> expected)
    {
        expecteds.Add(expected);
        state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<char>(), !state.HasCurrent, state.Location, null);
    }
}
