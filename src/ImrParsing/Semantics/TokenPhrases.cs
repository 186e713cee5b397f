using System.Collections.Frozen;
using ImrParsing.Lexing;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Phrases compiled to the tokens the word lexer makes of them and indexed by their first token: a
/// classifier looks each token of a text up once and tries only the phrases that start with it, so
/// any phrase a rule adds is found where it starts, with nothing else to declare. A phrase matches
/// as <see cref="Phrase"/> does, as whole words: each token the same up to ASCII case, white space
/// where the phrase has a space and nowhere else, an extractor's space before a colon allowed.
/// </summary>
/// <typeparam name="T">What a phrase stands for (its rule).</typeparam>
internal sealed class TokenPhrases<T>
{
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _byFirst;

    private readonly int _longestFirst;

    // Most tokens start no phrase: they are told apart before they are hashed.
    private readonly WordStarts _starts;

    // The same index for a token of ASCII characters, where every first token is ASCII: null otherwise.
    private readonly AsciiWordIndex<Entry[]>? _ascii;

    /// <param name="phrases">The phrases in the order they are to be tried at one place, each with its value.</param>
    public TokenPhrases(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var byFirst = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            if (Compile(phrase, value) is not { } entry)
            {
                continue;
            }

            string first = phrase.Substring(entry.Tokens[0].Start, entry.Tokens[0].Length);
            if (!byFirst.TryGetValue(first, out var list))
            {
                byFirst[first] = list = [];
            }

            list.Add(entry);
            _longestFirst = Math.Max(_longestFirst, first.Length);
        }

        _starts = new WordStarts(byFirst.Keys);
        _ascii = AsciiWordIndex<Entry[]>.Fits(byFirst.Keys) ? new AsciiWordIndex<Entry[]>(byFirst.Select(pair => (pair.Key, pair.Value.ToArray()))) : null;
        _byFirst = byFirst.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The phrases that match at token <paramref name="index"/> of <paramref name="lexed"/>, the
    /// tokens of <paramref name="source"/>, in their order: a word a line-end hyphen broke is read joined.
    /// </summary>
    public Matches MatchesAt(ReadOnlySpan<char> source, TokenList lexed, int index)
    {
        var chars = lexed.Chars(source, index);
        var candidates = chars.Length <= _longestFirst && _starts.MayBe(chars) ? Candidates(chars) : [];
        return new Matches(candidates, source, lexed, index);
    }

    private Entry[] Candidates(ReadOnlySpan<char> first) =>
        _ascii?.Find(first, []) ?? (_byFirst.TryGetValue(first, out var found) ? found : []);

    // The phrase's tokens; null for a phrase no text can match (white space first, or two white
    // space characters in a row: a space of a phrase stands for the whole run).
    private static Entry? Compile(string phrase, T value)
    {
        if (phrase.Length == 0 || CharSets.IsSpace(phrase[0]))
        {
            return null;
        }

        for (int i = 1; i < phrase.Length; i++)
        {
            if (CharSets.IsSpace(phrase[i]) && CharSets.IsSpace(phrase[i - 1]))
            {
                return null;
            }
        }

        using var lexed = WordLexer.Lex(phrase);
        return new Entry(phrase, lexed.Tokens.ToArray(), CharSets.IsSpace(phrase[^1]), value);
    }

    private static bool SameToken(ReadOnlySpan<char> found, TokenKind kind, string phrase, Token expected) =>
        kind == expected.Kind && Phrase.EqualsIgnoreAsciiCase(found, phrase.AsSpan(expected.Start, expected.Length));

    /// <summary>A compiled phrase.</summary>
    /// <param name="Phrase">The phrase as written.</param>
    /// <param name="Tokens">Its tokens, offsets into <paramref name="Phrase"/>.</param>
    /// <param name="SpaceAfter">True when it ends with white space, which the text must then have after it.</param>
    /// <param name="Value">What it stands for.</param>
    internal sealed record Entry(string Phrase, Token[] Tokens, bool SpaceAfter, T Value)
    {
        // The index of the text's last token the phrase matches from `index`, or -1.
        public int MatchAt(ReadOnlySpan<char> source, TokenList lexed, int index)
        {
            var tokens = lexed.Tokens;
            if (index + Tokens.Length > tokens.Length)
            {
                return -1;
            }

            for (int k = 0; k < Tokens.Length; k++)
            {
                var token = tokens[index + k];
                var expected = Tokens[k];
                bool spaceAgrees = k == 0 || token.SpaceBefore == expected.SpaceBefore || (!expected.SpaceBefore && source[token.Start] == ':');
                if (!spaceAgrees || !SameToken(lexed.Chars(source, index + k), token.Kind, Phrase, expected))
                {
                    return -1;
                }
            }

            int last = index + Tokens.Length - 1;
            return !SpaceAfter || (last + 1 < tokens.Length && tokens[last + 1].SpaceBefore) ? last : -1;
        }
    }

    /// <summary>The phrases that match at one place, enumerated without allocating.</summary>
    public ref struct Matches
    {
        private readonly Entry[] _candidates;
        private readonly ReadOnlySpan<char> _source;
        private readonly TokenList _lexed;
        private readonly int _index;
        private int _next;

        internal Matches(Entry[] candidates, ReadOnlySpan<char> source, TokenList lexed, int index)
        {
            _candidates = candidates;
            _source = source;
            _lexed = lexed;
            _index = index;
        }

        /// <summary>The phrase's value and the index of the last token it matched.</summary>
        public (T Value, int Last) Current { get; private set; }

        /// <summary>This enumerator, for <c>foreach</c>.</summary>
        public readonly Matches GetEnumerator() => this;

        /// <summary>Moves to the next phrase that matches.</summary>
        public bool MoveNext()
        {
            while (_next < _candidates.Length)
            {
                var entry = _candidates[_next++];
                int last = entry.MatchAt(_source, _lexed, _index);
                if (last >= 0)
                {
                    Current = (entry.Value, last);
                    return true;
                }
            }

            return false;
        }
    }
}
