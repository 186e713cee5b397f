using System.Buffers;
using System.Collections.Frozen;
using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Lexing;

/// <summary>
/// The words some rules start with, each with the rules (bit flags) it starts: <see cref="Find"/>
/// makes one pass over a lexed text's words and lists where each rule can start, so a reader
/// tries its rule only there. The words come from the rules themselves (a phrase's first word).
/// </summary>
internal sealed class WordAnchors
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minLength;
    private readonly int _maxLength;

    // The ASCII letters some word starts with, either case: most words of a text start with none.
    private readonly bool[] _firstLetters = new bool[128];

    /// <summary>The anchors of <paramref name="words"/>: each word (ignoring case) and the rules it starts.</summary>
    public WordAnchors(IEnumerable<(string Word, int Rules)> words)
    {
        var rules = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, rule) in words)
        {
            rules[word] = rules.GetValueOrDefault(word) | rule;
        }

        _lookup = rules.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _minLength = rules.Keys.Min(word => word.Length);
        _maxLength = rules.Keys.Max(word => word.Length);
        foreach (string word in rules.Keys)
        {
            // Past ASCII, case folding has surprises ("ſ" folds to "S"): a text's words that start
            // there are always looked up, and a vocabulary word that does makes every word looked up.
            if (word[0] >= 128)
            {
                Array.Fill(_firstLetters, true);
            }
            else
            {
                _firstLetters[char.ToLowerInvariant(word[0])] = true;
                _firstLetters[char.ToUpperInvariant(word[0])] = true;
            }
        }
    }

    /// <summary>The words, as given.</summary>
    public IEnumerable<string> Words => _lookup.Dictionary.Keys;

    /// <summary>The rules <paramref name="word"/> starts (ignoring case), or 0.</summary>
    public int RulesOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out int rules) ? rules : 0;

    /// <summary>The words of <paramref name="text"/> that start a rule, in order; dispose the list to return its buffers.</summary>
    public AnchorList Find(LexedText text)
    {
        var list = AnchorList.Rent(text.Count);
        var tokens = text.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            // A joined word is no longer in its characters than in the source.
            if (tokens[i].Kind != TokenKind.Word || tokens[i].Length < _minLength)
            {
                continue;
            }

            var chars = text.Chars(i);
            if (chars.Length <= _maxLength && (chars[0] >= 128 || _firstLetters[chars[0]]) && _lookup.TryGetValue(chars, out int rules))
            {
                list.Add(i, rules);
            }
        }

        return list;
    }
}

/// <summary>Where rules can start in a lexed text (<see cref="WordAnchors.Find"/>), in pooled buffers.</summary>
internal sealed class AnchorList : IDisposable
{
    private int[] _tokens = [];
    private int[] _rules = [];

    private AnchorList()
    {
    }

    /// <summary>An empty list for up to <paramref name="capacity"/> anchors: the one this thread kept, or a new one.</summary>
    internal static AnchorList Rent(int capacity)
    {
        var list = PerThread<AnchorList>.Take() ?? new AnchorList();
        list._tokens = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
        list._rules = ArrayPool<int>.Shared.Rent(Math.Max(1, capacity));
        return list;
    }

    /// <summary>How many anchors there are.</summary>
    public int Count { get; private set; }

    /// <summary>The anchors' token indexes, in order.</summary>
    public ReadOnlySpan<int> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>The rules each anchor starts, as the flags the words were given.</summary>
    public ReadOnlySpan<int> Rules => _rules.AsSpan(0, Count);

    /// <summary>Returns the buffers to the pool.</summary>
    public void Dispose()
    {
        if (_tokens.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_tokens);
            ArrayPool<int>.Shared.Return(_rules);
            _tokens = [];
            _rules = [];
            Count = 0;
            // Kept for the thread's next search, as token lists are.
            PerThread<AnchorList>.Give(this);
        }
    }

    internal void Add(int token, int rules)
    {
        _tokens[Count] = token;
        _rules[Count++] = rules;
    }
}
