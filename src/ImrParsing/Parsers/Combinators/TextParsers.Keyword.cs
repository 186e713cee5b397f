using System.Buffers;
using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// Matches a fixed phrase as whole words: like <see cref="Phrase(string)"/> (ASCII case ignored,
    /// any run of white space where the phrase has a space), and the text must not go on with a
    /// letter or digit ("week" matches "week," and "week" but not "weekly"). Consumes nothing when it fails.
    /// </summary>
    internal static Parser<char, Unit> Keyword(string phrase)
    {
        ArgumentException.ThrowIfNullOrEmpty(phrase);
        return new KeywordParser(phrase);
    }

    /// <summary>True when <paramref name="text"/> starts with <paramref name="phrase"/> as whole words; <paramref name="length"/> receives the matched length.</summary>
    internal static bool StartsWithKeyword(ReadOnlySpan<char> text, string phrase, out int length)
    {
        ArgumentException.ThrowIfNullOrEmpty(phrase);
        length = ImrParsing.Text.Phrase.MatchLength(text, phrase);
        bool bounded = length >= 0
            && (length == text.Length || !char.IsLetterOrDigit(text[length]) || !char.IsLetterOrDigit(phrase[^1]));
        if (!bounded)
        {
            length = 0;
        }

        return bounded;
    }

    private sealed class KeywordParser(string phrase) : Parser<char, Unit>, IFirstChars, IFailsCleanly
    {
        public string? FirstChars { get; } = PhraseFirstChars(phrase);

        public SearchValues<char> FirstCharSet { get; } = SearchValues.Create(PhraseFirstChars(phrase));

        // Made once: parsers fail often while the readers try them along a text.
        private readonly Expected<char> _expected = new($"\"{phrase}\"");

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            if (!StartsWithKeyword(state.LookAhead(int.MaxValue), phrase, out int length))
            {
                Fail(ref state, ref expecteds, _expected);
                return false;
            }

            state.Advance(length);
            return true;
        }
    }
}
