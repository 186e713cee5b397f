using System.Collections.Frozen;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="TokenPhraseList"/> as it was before the phrases of a first word shared the words they
/// begin with: each candidate phrase matched from its first word (<see cref="TokenPhrase.Match"/>),
/// so "Low Back" was compared again for each of the dozen "Low Back ..." chapters before it. The
/// baseline of `TokenPhraseListBenchmarks`' shared-words row and the reference of `TokenPhraseListSharedWordsReferenceTests`.
/// </summary>
internal sealed class PhraseByPhraseTokenPhraseList
{
    private readonly FrozenDictionary<string, TokenPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    // Most tokens start no phrase: they are told apart before they are hashed.
    private readonly WordStarts _starts;

    // The same index for a token of ASCII characters, where every first word is ASCII: null otherwise.
    private readonly AsciiWordIndex<TokenPhrase[]>? _ascii;

    /// <param name="phrases">The phrases in the order they are tried, longest form first.</param>
    public PhraseByPhraseTokenPhraseList(IEnumerable<string> phrases)
    {
        _byFirst = phrases
            .Select(phrase => new TokenPhrase(phrase))
            .GroupBy(phrase => phrase.FirstWord, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = new WordStarts(_byFirst.Dictionary.Keys);
        _ascii = AsciiWordIndex<TokenPhrase[]>.Fits(_byFirst.Dictionary.Keys) ? new AsciiWordIndex<TokenPhrase[]>(_byFirst.Dictionary.Select(pair => (pair.Key, pair.Value))) : null;
    }

    /// <summary>The index just past the first phrase that matches at token <paramref name="index"/> of <paramref name="text"/>, or -1.</summary>
    public int Match(LexedText text, int index)
    {
        if (index >= text.Count)
        {
            return -1;
        }

        var first = text.Chars(index);
        if (!_starts.MayBe(first) || Candidates(first) is not { Length: > 0 } candidates)
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

    private TokenPhrase[]? Candidates(ReadOnlySpan<char> first) =>
        _ascii?.Find(first, []) ?? (_byFirst.TryGetValue(first, out var found) ? found : null);
}
