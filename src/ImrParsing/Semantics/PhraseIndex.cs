using System.Collections.Frozen;
using ImrParsing.Parsers.Combinators;

namespace ImrParsing.Semantics;

/// <summary>
/// Phrases grouped by their first letter, so that a classifier tries at each word only the phrases
/// that can start there instead of searching the whole request for each of hundreds of phrases.
/// </summary>
/// <typeparam name="T">What a phrase stands for (its rule).</typeparam>
internal sealed class PhraseIndex<T>
{
    private readonly FrozenDictionary<char, (string Phrase, int Order, T Value)[]> _byFirst;

    /// <param name="phrases">The phrases in the order they are to be tried at one place, each with its value.</param>
    public PhraseIndex(IEnumerable<(string Phrase, T Value)> phrases)
    {
        _byFirst = phrases
            .Select((entry, order) => (entry.Phrase, Order: order, entry.Value))
            .GroupBy(entry => char.ToLowerInvariant(entry.Phrase[0]))
            .ToFrozenDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>The phrases that match as whole words at <paramref name="at"/>, in their order, with their lengths.</summary>
    /// <remarks>A struct enumerator: classifiers ask at every word, and an iterator allocated each time.</remarks>
    public Matches MatchesAt(string text, int at) =>
        new(_byFirst.TryGetValue(char.ToLowerInvariant(text[at]), out var candidates) ? candidates : [], text, at);

    /// <summary>The phrases that match at one place, enumerated without allocating.</summary>
    public struct Matches((string Phrase, int Order, T Value)[] candidates, string text, int at)
    {
        private int _index = -1;

        /// <summary>The current match.</summary>
        public (int Order, T Value, int Length) Current { get; private set; }

        /// <summary>This enumerator, for <c>foreach</c>.</summary>
        public readonly Matches GetEnumerator() => this;

        /// <summary>Moves to the next phrase that matches.</summary>
        public bool MoveNext()
        {
            while (++_index < candidates.Length)
            {
                var (phrase, order, value) = candidates[_index];
                if (TextParsers.StartsWithKeyword(text.AsSpan(at), phrase, out int length))
                {
                    Current = (order, value, length);
                    return true;
                }
            }

            return false;
        }
    }
}
