using System.Collections.Frozen;
using ImrParsing.Lexing;
using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The lookup of <see cref="TokenPhrases{T}"/> before it told most tokens apart by their length and
/// first two characters (<see cref="WordStarts"/>): every token is hashed. The phrases compile and
/// match as there (its <see cref="TokenPhrases{T}.Entry"/> and <see cref="TokenPhrases{T}.Matches"/>);
/// the baseline of <c>TokenPhrasesBenchmarks</c> and the reference of <c>TokenPhrasesReferenceTests</c>.
/// </summary>
/// <typeparam name="T">What a phrase stands for (its rule).</typeparam>
internal sealed class BaselineTokenPhrases<T>
{
    private readonly FrozenDictionary<string, TokenPhrases<T>.Entry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    private readonly int _longestFirst;

    /// <param name="phrases">The phrases in the order they are to be tried at one place, each with its value.</param>
    public BaselineTokenPhrases(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var byFirst = new Dictionary<string, List<TokenPhrases<T>.Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            // A phrase no text can match (white space first, or two white space characters in a row) is left out, as there.
            if (phrase.Length == 0 || CharSets.IsSpace(phrase[0]) || phrase.Zip(phrase.Skip(1)).Any(pair => CharSets.IsSpace(pair.First) && CharSets.IsSpace(pair.Second)))
            {
                continue;
            }

            using var lexed = WordLexer.Lex(phrase);
            var entry = new TokenPhrases<T>.Entry(phrase, lexed.Tokens.ToArray(), CharSets.IsSpace(phrase[^1]), value);
            string first = phrase.Substring(entry.Tokens[0].Start, entry.Tokens[0].Length);
            if (!byFirst.TryGetValue(first, out var list))
            {
                byFirst[first] = list = [];
            }

            list.Add(entry);
            _longestFirst = Math.Max(_longestFirst, first.Length);
        }

        _byFirst = byFirst.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The phrases that match at token <paramref name="index"/> of <paramref name="lexed"/>, the tokens of <paramref name="source"/>, in their order.</summary>
    public TokenPhrases<T>.Matches MatchesAt(ReadOnlySpan<char> source, TokenList lexed, int index)
    {
        var chars = lexed.Chars(source, index);
        var candidates = chars.Length <= _longestFirst && _byFirst.TryGetValue(chars, out var found) ? found : [];
        return new TokenPhrases<T>.Matches(candidates, source, lexed, index);
    }
}
