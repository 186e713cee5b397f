using System.Collections.Frozen;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="TokenPhraseList"/> as it was before it hashed a first token of ASCII characters in a
/// table of its own (<see cref="AsciiWordIndex{TValue}"/>): every token <see cref="WordStarts"/> lets
/// through looked up in the frozen dictionary ignoring case. The baseline of `TokenPhraseListBenchmarks`
/// and the reference of `TokenPhraseListReferenceTests`.
/// </summary>
internal sealed class DictionaryTokenPhraseList
{
    private readonly FrozenDictionary<string, TokenPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    // Most tokens start no phrase: they are told apart before they are hashed.
    private readonly WordStarts _starts;

    /// <param name="phrases">The phrases in the order they are tried, longest form first.</param>
    public DictionaryTokenPhraseList(IEnumerable<string> phrases)
    {
        _byFirst = phrases
            .Select(phrase => new TokenPhrase(phrase))
            .GroupBy(phrase => phrase.FirstWord, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = new WordStarts(_byFirst.Dictionary.Keys);
    }

    /// <summary>The index just past the first phrase that matches at token <paramref name="index"/> of <paramref name="text"/>, or -1.</summary>
    public int Match(LexedText text, int index)
    {
        if (index >= text.Count)
        {
            return -1;
        }

        var first = text.Chars(index);
        if (!_starts.MayBe(first) || !_byFirst.TryGetValue(first, out var candidates))
        {
            return -1;
        }

        foreach (var phrase in candidates)
        {
            int past = phrase.Match(text, index);
            bool wordGoesOn = past >= 0 && past < text.Count && !text.Tokens[past].SpaceBefore && text.Tokens[past].Kind != TokenKind.Punctuation;
            if (past >= 0 && !wordGoesOn)
            {
                return past;
            }
        }

        return -1;
    }
}
