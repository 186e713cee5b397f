using System.Buffers;
using Pidgin;
using ImrParsing.Text;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// Matches a fixed phrase, ignoring ASCII case, with any run of white space where the phrase
    /// has a space. Consumes nothing when it fails.
    /// </summary>
    public static Parser<char, Unit> Phrase(string phrase)
    {
        ArgumentException.ThrowIfNullOrEmpty(phrase);
        return new PhraseParser(phrase);
    }

    private sealed class PhraseParser(string phrase) : Parser<char, Unit>, IFirstChars, IFailsCleanly
    {
        public string? FirstChars { get; } = PhraseFirstChars(phrase);

        public SearchValues<char> FirstCharSet { get; } = SearchValues.Create(PhraseFirstChars(phrase));

        // Made once: rules that scan a text try phrases at every word, and most tries fail.
        private readonly Expected<char> _expected = new($"\"{phrase}\"");

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            int length = ImrParsing.Text.Phrase.MatchLength(state.LookAhead(int.MaxValue), phrase);
            if (length < 0)
            {
                Fail(ref state, ref expecteds, _expected);
                return false;
            }

            state.Advance(length);
            return true;
        }
    }
}
