using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// One of <paramref name="joiners"/> that joins two numbers ("10/325", "7.5-325", "4%-27.5%"):
    /// the character is consumed only when a digit follows it, so that "5%/Amitriptyline" stops
    /// before the slash. Consumes nothing when it fails.
    /// </summary>
    internal static Parser<char, char> Joiner(string joiners)
    {
        ArgumentException.ThrowIfNullOrEmpty(joiners);
        return new JoinerParser(joiners);
    }

    private sealed class JoinerParser(string joiners) : Parser<char, char>
    {
        // Made once: parsers fail often while the readers try them along a text.
        private readonly Expected<char> _expected = new($"one of \"{joiners}\" before a digit");

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out char result)
        {
            var next = state.LookAhead(2);
            if (next.Length == 2 && joiners.Contains(next[0], StringComparison.Ordinal) && char.IsAsciiDigit(next[1]))
            {
                result = next[0];
                state.Advance(1);
                return true;
            }

            result = default;
            Fail(ref state, ref expecteds, _expected);
            return false;
        }
    }
}
