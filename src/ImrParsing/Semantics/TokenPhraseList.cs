using System.Collections.Frozen;
using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

/// <summary>
/// An ordered list of phrases (a published vocabulary), each lexed as a <see cref="TokenPhrase"/>
/// matches (whole words ignoring ASCII case, white space where the phrase has a space) and indexed
/// by its first word: <see cref="Match"/> gives the first phrase, in the list's order, that matches
/// at a token as whole words (no letter or digit right after it).
/// </summary>
/// <remarks>
/// The phrases of a first word share their first words in long runs ("Low Back - Lumbar &amp;
/// Thoracic", "Low Back-Lumbar &amp; Thoracic", ..., "Low Back"): a word compared for one phrase is
/// not compared again for the next, which has the same words there.
/// </remarks>
internal sealed class TokenPhraseList
{
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    // Most tokens start no phrase: they are told apart before they are hashed.
    private readonly WordStarts _starts;

    // The same index for a token of ASCII characters, where every first word is ASCII: null otherwise.
    private readonly AsciiWordIndex<Phrase[]>? _ascii;

    /// <param name="phrases">The phrases in the order they are tried, longest form first.</param>
    public TokenPhraseList(IEnumerable<string> phrases)
    {
        _byFirst = phrases
            .Select(phrase => new Phrase(phrase))
            .GroupBy(phrase => phrase.Words.FirstWord, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => Phrase.Shared([.. group]), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _starts = new WordStarts(_byFirst.Dictionary.Keys);
        _ascii = AsciiWordIndex<Phrase[]>.Fits(_byFirst.Dictionary.Keys) ? new AsciiWordIndex<Phrase[]>(_byFirst.Dictionary.Select(pair => (pair.Key, pair.Value))) : null;
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

        // How many first words of the phrase tried last matched: the next phrase's shared words
        // match as far as those did, and where one of them did not, the next phrase does not either.
        int matched = 0;
        foreach (var phrase in candidates)
        {
            if (matched < phrase.SharedWithPrevious)
            {
                continue;
            }

            matched = phrase.Words.MatchedWords(text, index, phrase.SharedWithPrevious);
            int past = index + matched;
            if (matched == phrase.Words.Count
                && !(past < text.Count && !text.Tokens[past].SpaceBefore && text.Tokens[past].Kind != TokenKind.Punctuation))
            {
                return past;
            }
        }

        return -1;
    }

    private Phrase[]? Candidates(ReadOnlySpan<char> first) =>
        _ascii?.Find(first, []) ?? (_byFirst.TryGetValue(first, out var found) ? found : null);

    // A phrase, and how many of its first words are the phrase's before it.
    private sealed class Phrase(string phrase)
    {
        public TokenPhrase Words { get; } = new(phrase);

        // The first words this phrase has as the one tried before it, with the same white space before each.
        public int SharedWithPrevious { get; private set; }

        // The phrases in their order, each with the words it shares with the one before it.
        public static Phrase[] Shared(Phrase[] phrases)
        {
            for (int i = 1; i < phrases.Length; i++)
            {
                phrases[i].SharedWithPrevious = phrases[i].Words.SharedLeadingWords(phrases[i - 1].Words);
            }

            return phrases;
        }
    }
}
