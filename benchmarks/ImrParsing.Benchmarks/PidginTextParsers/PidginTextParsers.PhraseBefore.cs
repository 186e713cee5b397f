using Pidgin;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// Matches <paramref name="phrase"/> (as <see cref="TextParsers.Phrase(string)"/> does) only when
    /// <paramref name="next"/> would succeed right after it, and consumes the phrase alone: " to "
    /// joins "two to three" but not "6 to the right knee". Consumes nothing when it fails.
    /// </summary>
    internal static Parser<char, Unit> PhraseBefore<T>(string phrase, Parser<char, T> next)
    {
        ArgumentException.ThrowIfNullOrEmpty(phrase);
        ArgumentNullException.ThrowIfNull(next);
        return new PhraseBeforeParser<T>(phrase, next);
    }

    private sealed class PhraseBeforeParser<T>(string phrase, Parser<char, T> next) : Parser<char, Unit>
    {
        // Made once: parsers fail often while the readers try them along a text.
        private readonly Expected<char> _expected = new($"\"{phrase}\" before what follows it");

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            var rest = state.LookAhead(int.MaxValue);
            int length = ImrParsing.Text.Phrase.MatchLength(rest, phrase);
            if (length < 0 || !next.TryMatch(rest[length..], out _))
            {
                Fail(ref state, ref expecteds, _expected);
                return false;
            }

            state.Advance(length);
            return true;
        }
    }
}
