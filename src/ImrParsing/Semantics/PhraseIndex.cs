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
    public IEnumerable<(int Order, T Value, int Length)> MatchesAt(string text, int at)
    {
        if (!_byFirst.TryGetValue(char.ToLowerInvariant(text[at]), out var candidates))
        {
            yield break;
        }

        foreach (var (phrase, order, value) in candidates)
        {
            if (TextParsers.StartsWithKeyword(text.AsSpan(at), phrase, out int length))
            {
                yield return (order, value, length);
            }
        }
    }
}
