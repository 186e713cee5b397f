using System.Collections.Immutable;
using Pidgin;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// Every place in the rest of the text, at the start of a word, where <paramref name="parser"/>
    /// matches, in order; after a match the search goes on past it. Consumes the whole text and
    /// never fails (no match gives an empty list).
    /// </summary>
    internal static Parser<char, ImmutableArray<T>> Occurrences<T>(Parser<char, T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return new OccurrencesParser<T>(parser);
    }

    private sealed class OccurrencesParser<T>(Parser<char, T> parser) : Parser<char, ImmutableArray<T>>
    {
        // Where the parser can tell its first characters, it is tried only at the words that start with one.
        private readonly IFirstChars? _first = FirstCharsOf(parser);

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out ImmutableArray<T> result)
        {
            var found = ImmutableArray.CreateBuilder<T>();
            bool wordStart = true;
            while (state.HasCurrent)
            {
                char c = state.Current;
                if (wordStart && char.IsLetterOrDigit(c) && MayStartHere(_first, ref state) && Probe(parser, ref state, out int length, out var match) && length > 0)
                {
                    // Take the probe's result rather than parse again; a match that ends inside a
                    // word does not make the next character a word start.
                    wordStart = !char.IsLetterOrDigit(state.LookAhead(length)[length - 1]);
                    state.Advance(length);
                    found.Add(match!);
                    continue;
                }

                wordStart = !char.IsLetterOrDigit(c);
                state.Advance(1);
            }

            result = found.ToImmutable();
            return true;
        }
    }
}
