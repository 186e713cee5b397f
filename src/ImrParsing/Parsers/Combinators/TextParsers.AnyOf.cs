using System.Buffers;
using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// One character of <paramref name="chars"/> ("/-" for a date's separator). Like
    /// <c>OneOf(Char('/'), Char('-'))</c>, but it tells scans its first characters, so they skip
    /// the places it cannot match. Consumes nothing when it fails.
    /// </summary>
    internal static Parser<char, char> AnyOf(string chars)
    {
        ArgumentException.ThrowIfNullOrEmpty(chars);
        return new AnyOfParser(chars);
    }

    private sealed class AnyOfParser(string chars) : Parser<char, char>, IFirstChars, IFailsCleanly
    {
        private readonly Expected<char> _expected = new($"one of \"{chars}\"");

        public string? FirstChars => chars;

        public SearchValues<char> FirstCharSet { get; } = SearchValues.Create(chars);

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out char result)
        {
            if (state.HasCurrent && FirstCharSet.Contains(state.Current))
            {
                result = state.Current;
                state.Advance();
                return true;
            }

            Fail(ref state, ref expecteds, _expected);
            result = default;
            return false;
        }
    }
}
