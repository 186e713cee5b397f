using System.Collections.Immutable;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The line classifier's first pass as it was before the phrase prefixes (issue 12): each rule's
/// key was its phrase's first four letters or digits, compared only up to a line's first space,
/// so "The ..." fit every rule of the form's three sentences. The baseline of
/// <c>LineClassifierBenchmarks</c> and the reference of <c>LineClassifierReferenceTests</c>.
/// </summary>
internal sealed class FourCharKeyLineClassifier
{
    private readonly int[][] _rulesByFirstChar = new int[128][];
    private readonly int[] _otherRules;
    private readonly int _longestPhrase;
    private readonly int _longestDecisionWord;

    // Each rule's phrase start, folded: up to KeyLength ASCII letters or digits, packed 16 bits a
    // character; with its length. A line whose first characters differ from them cannot match it.
    private readonly ulong[] _keys;
    private readonly int[] _keyLengths;

    /// <summary>Makes a classifier. The first rule that matches a line wins.</summary>
    public FourCharKeyLineClassifier(IEnumerable<LineRule> rules, IEnumerable<DecisionWord> decisionWords)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(decisionWords);
        Rules = [.. rules];
        DecisionWords = [.. decisionWords];
        foreach (var word in DecisionWords)
        {
            if (word.Word.Length == 0 || !word.Word.All(char.IsLetter))
            {
                throw new ArgumentException($"A decision word is one word of letters; '{word.Word}' is not.", nameof(decisionWords));
            }
        }

        var buckets = new List<int>[128];
        var other = new List<int>();
        for (int i = 0; i < Rules.Length; i++)
        {
            string phrase = Rules[i].Phrase;
            if (string.IsNullOrWhiteSpace(phrase) || phrase[0] == ' ')
            {
                throw new ArgumentException($"Rule '{Rules[i].Name}' needs a phrase that starts with a visible character.", nameof(rules));
            }

            char first = phrase[0];
            if (first < 128)
            {
                (buckets[ToLowerAscii(first)] ??= []).Add(i);
            }
            else
            {
                other.Add(i);
            }
        }

        for (int c = 0; c < 128; c++)
        {
            _rulesByFirstChar[c] = buckets[c] is { } list ? [.. list] : [];
        }

        _otherRules = [.. other];
        _keys = new ulong[Rules.Length];
        _keyLengths = new int[Rules.Length];
        for (int i = 0; i < Rules.Length; i++)
        {
            string phrase = Rules[i].Phrase;
            int length = 0;
            while (length < KeyLength && length < phrase.Length && char.IsAsciiLetterOrDigit(phrase[length]))
            {
                length++;
            }

            _keys[i] = Key(phrase, length);
            _keyLengths[i] = length;
        }

        _longestPhrase = Rules.Select(r => r.Phrase.Length).DefaultIfEmpty(0).Max();
        _longestDecisionWord = DecisionWords.Select(w => w.Word.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The rules, in the order they are tried.</summary>
    public ImmutableArray<LineRule> Rules { get; }

    /// <summary>The words that end a decision line.</summary>
    public ImmutableArray<DecisionWord> DecisionWords { get; }

    /// <summary>
    /// The line with its kind and rule set; <paramref name="mayRefine"/> receives whether
    /// the second pass may join it with the lines after it: a boilerplate line, or a line of
    /// text or a heading shorter than the longest phrase whose first characters some rule's phrase
    /// key fits (a text joined from it starts with them).
    /// </summary>
    public Line Classify(string text, Line line, out bool mayRefine)
    {
        var content = line.GetContent(text);
        int rule = MatchRule(content, out bool keyFits);
        bool joinable = content.Length < _longestPhrase && (keyFits || content.Length < KeyLength);
        if (rule >= 0)
        {
            var kind = Rules[rule].Kind;
            mayRefine = kind == LineKind.Boilerplate || (kind == LineKind.Heading && joinable);
            return line.With(kind, rule);
        }

        int word = MatchDecision(content);
        mayRefine = word < 0 && joinable;
        return word >= 0 ? line.With(LineKind.Decision, word) : line;
    }

    /// <summary>The index of the first rule that matches <paramref name="content"/>, or -1.</summary>
    public int MatchRule(ReadOnlySpan<char> content) => MatchRule(content, out _);

    // As MatchRule; `keyFits` receives whether any rule's phrase key fits the content's first characters.
    private int MatchRule(ReadOnlySpan<char> content, out bool keyFits)
    {
        keyFits = false;
        if (content.IsEmpty)
        {
            return -1;
        }

        char first = content[0];
        var candidates = Candidates(first);
        ulong key = LineKey(content, out int space);
        foreach (int index in candidates)
        {
            if (MayMatch(index, key, space))
            {
                keyFits = true;
                if (Matches(Rules[index], content))
                {
                    return index;
                }
            }
        }

        return -1;
    }

    private const int KeyLength = 4;

    // The first `length` characters of `text` (fewer where it is shorter), ASCII letters folded to lower case.
    private static ulong Key(ReadOnlySpan<char> text, int length)
    {
        ulong key = 0;
        for (int i = 0; i < length && i < text.Length; i++)
        {
            key |= (ulong)(uint)ToLowerAscii(text[i]) << (16 * i);
        }

        return key;
    }

    // A text's key; `space` receives where the first space stands in its characters, or KeyLength.
    private static ulong LineKey(ReadOnlySpan<char> text, out int space)
    {
        ulong key = 0;
        space = KeyLength;
        for (int i = 0; i < KeyLength && i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' && space == KeyLength)
            {
                space = i;
            }

            key |= (ulong)(uint)ToLowerAscii(c) << (16 * i);
        }

        return key;
    }

    // False when the rule cannot match a text with this key. Before a space, Phrase.MatchLength compares a
    // phrase's leading letters and digits one for one, ignoring ASCII case; a space may be one an extractor
    // put inside a word ("INDEP ENDENT"), so the key decides only up to it.
    private bool MayMatch(int rule, ulong key, int space)
    {
        int length = Math.Min(_keyLengths[rule], space);
        ulong mask = length == KeyLength ? ulong.MaxValue : (1UL << (16 * length)) - 1;
        return ((key ^ _keys[rule]) & mask) == 0;
    }

    /// <summary>
    /// The index of the decision word that ends <paramref name="content"/> after a colon (or makes
    /// up the whole of it), or -1.
    /// </summary>
    public int MatchDecision(ReadOnlySpan<char> content)
    {
        // Without a colon the decision is the whole line, a word or its two pieces: a longer printed line
        // of prose is none. (A run-on line's text before a place is not searched: that would be quadratic.)
        if (content.Length > _longestDecisionWord + 2 && content.Length < RunOnLine.MinLength
            && content.TrimStart().Length > _longestDecisionWord + 2 && !content.Contains(':'))
        {
            return -1;
        }

        int end = content.Length;
        if (end > 0 && content[end - 1] == '.')
        {
            end--;
        }

        // The last word, read back at most one letter further than the longest decision word: a
        // longer word is none of them, and prose lines end in words of every length.
        int wordStart = end;
        int limit = Math.Max(0, end - _longestDecisionWord - 1);
        while (wordStart > limit && char.IsLetter(content[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart == end || end - wordStart > _longestDecisionWord)
        {
            return -1;
        }

        // Most lines are prose, where no colon precedes the last word: only a split word is read there.
        var word = content[wordStart..end];
        if (!AfterColon(content[..wordStart]))
        {
            int spaced = SpacedDecision(content, wordStart, end);
            return spaced >= 0 && DecisionWordIndex(word) < 0 ? spaced : -1;
        }

        int index = DecisionWordIndex(word);
        return index >= 0 ? index : SpacedDecision(content, wordStart, end);
    }

    private int DecisionWordIndex(ReadOnlySpan<char> word)
    {
        for (int i = 0; i < DecisionWords.Length; i++)
        {
            if (word.Equals(DecisionWords[i].Word, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    // "Up held": a decision word an extractor split with one space, read as one where the two pieces
    // spell it whole and follow a colon.
    private int SpacedDecision(ReadOnlySpan<char> content, int wordStart, int end)
    {
        int pieceStart = wordStart - 1;
        if (pieceStart < 1 || content[pieceStart] != ' ')
        {
            return -1;
        }

        int limit = Math.Max(0, pieceStart - (_longestDecisionWord - (end - wordStart)) - 1);
        while (pieceStart > limit && char.IsLetter(content[pieceStart - 1]))
        {
            pieceStart--;
        }

        var head = content[pieceStart..(wordStart - 1)];
        var tail = content[wordStart..end];
        if (head.IsEmpty || !AfterColon(content[..pieceStart]))
        {
            return -1;
        }

        for (int i = 0; i < DecisionWords.Length; i++)
        {
            string decision = DecisionWords[i].Word;
            if (decision.Length == head.Length + tail.Length
                && decision.AsSpan(0, head.Length).Equals(head, StringComparison.OrdinalIgnoreCase)
                && decision.AsSpan(head.Length).Equals(tail, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool AfterColon(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        return before.IsEmpty || before[^1] == ':';
    }

    private static bool Matches(LineRule rule, ReadOnlySpan<char> content)
    {
        int length = Phrase.MatchLength(content, rule.Phrase, spacedWords: true);
        if (length < 0)
        {
            return false;
        }

        var rest = content[length..];
        if (rule.Match == LineMatch.WholeLine)
        {
            rest = rest.Trim();
            return rest.IsEmpty || rest is ":";
        }

        // "Application" must not match "Applications".
        return rest.IsEmpty || !char.IsLetterOrDigit(rule.Phrase[^1]) || !char.IsLetterOrDigit(rest[0]);
    }

    // The rules whose phrase starts with `first`, ignoring ASCII case, in their order.
    private int[] Candidates(char first) => first < 128 ? _rulesByFirstChar[ToLowerAscii(first)] : _otherRules;

    private static int ToLowerAscii(char c) => c is >= 'A' and <= 'Z' ? c | 0x20 : c;
}
