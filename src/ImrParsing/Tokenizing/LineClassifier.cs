using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using ImrParsing.Text;

namespace ImrParsing.Tokenizing;

/// <summary>
/// Gives each line its <see cref="LineKind"/> from an ordered list of <see cref="LineRule"/>s and
/// the decision words. Built once per parser; immutable and thread-safe.
/// </summary>
internal sealed class LineClassifier
{
    private readonly int[][] _rulesByFirstChar = new int[128][];
    private readonly int[] _otherRules;
    private readonly int[] _colonLabels;
    private readonly int _longestPhrase;
    private readonly int _longestDecisionWord;

    // Each rule's phrase start as a text that matches it must begin (PhrasePrefix).
    private readonly PhrasePrefix[] _prefixes;

    // Whether a rule's phrase is ASCII with one space between words: a text that starts with it as
    // written, ignoring case, matches it at its length, which one vectorized comparison decides.
    private readonly bool[] _plainPhrases;

    // By a line's first character (ASCII, folded to lower case; index 128 for the rest): whether any
    // heading rule, or any label or boilerplate rule, starts with it. Refine joins a line with the
    // next ones only where a rule of that kind can match, instead of matching every line of prose twice.
    private readonly bool[] _headingStarts = new bool[129];
    private readonly bool[] _prefixStarts = new bool[129];

    /// <summary>Makes a classifier. The first rule that matches a line wins.</summary>
    public LineClassifier(IEnumerable<LineRule> rules, IEnumerable<DecisionWord> decisionWords)
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
                (buckets[CharSets.ToLowerAscii(first)] ??= []).Add(i);
            }
            else
            {
                other.Add(i);
            }

            var starts = Rules[i].Kind == LineKind.Heading ? _headingStarts : _prefixStarts;
            starts[StartIndex(first)] = true;
        }

        for (int c = 0; c < 128; c++)
        {
            _rulesByFirstChar[c] = buckets[c] is { } list ? [.. list] : [];
        }

        _otherRules = [.. other];
        _prefixes = [.. Rules.Select(rule => PhrasePrefix.Of(rule.Phrase))];
        _plainPhrases = [.. Rules.Select(rule => IsPlain(rule.Phrase))];

        HeadingFirstWords = [.. Rules.Where(r => r.Kind == LineKind.Heading).Select(r => r.Phrase.Split(' ')[0].ToUpperInvariant()).Distinct(StringComparer.Ordinal)];
        _colonLabels = [.. Enumerable.Range(0, Rules.Length).Where(i => Rules[i].Kind == LineKind.Label && Rules[i].Phrase.EndsWith(':'))];
        _longestPhrase = Rules.Select(r => r.Phrase.Length).DefaultIfEmpty(0).Max();
        _longestDecisionWord = DecisionWords.Select(w => w.Word.Length).DefaultIfEmpty(0).Max();
        InsideLineAnchors = SearchValues.Create([.. Rules.Select(Anchor).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
    }

    // What a rule's phrase starts with where it stands inside a line: its first word as the form writes
    // it (a heading's in capitals), with the next word when the first is a short common one ("The Final").
    private static string Anchor(LineRule rule)
    {
        string[] words = rule.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string anchor = words[0].Length < MinAnchorLength && words.Length > 1 ? words[0] + " " + words[1] : words[0];
        return rule.Kind == LineKind.Heading ? anchor.ToUpperInvariant() : anchor;
    }

    private const int MinAnchorLength = 4;

    /// <summary>The rules, in the order they are tried.</summary>
    public ImmutableArray<LineRule> Rules { get; }

    /// <summary>The words that end a decision line.</summary>
    public ImmutableArray<DecisionWord> DecisionWords { get; }

    /// <summary>The line with its kind and rule set.</summary>
    public Line Classify(string text, Line line) => Classify(text, line, out _);

    /// <summary>
    /// The line with its kind and rule set; <paramref name="mayRefine"/> receives whether
    /// <see cref="Refine"/> may join it with the lines after it: a boilerplate line, or a line of
    /// text or a heading shorter than the longest phrase whose first characters some rule's phrase
    /// prefix fits (a text joined from it starts with them).
    /// </summary>
    internal Line Classify(string text, Line line, out bool mayRefine)
    {
        var content = line.GetContent(text);
        int rule = MatchRule(content, out bool keyFits);
        bool joinable = content.Length < _longestPhrase && keyFits;
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

    // As MatchRule; `keyFits` receives whether any rule's phrase prefix fits the content's first characters.
    private int MatchRule(ReadOnlySpan<char> content, out bool keyFits)
    {
        keyFits = false;
        if (content.IsEmpty)
        {
            return -1;
        }

        var candidates = Candidates(content[0]);
        if (candidates.Length == 0)
        {
            return -1;
        }

        var prefix = PhrasePrefix.Of(content);
        foreach (int index in candidates)
        {
            if (prefix.Fits(_prefixes[index]))
            {
                keyFits = true;
                if (Matches(index, content))
                {
                    return index;
                }
            }
        }

        return -1;
    }

    // False when no heading rule (or, with `headings` false, no label or boilerplate rule) can match
    // `joined`, lines joined from the same start: the prefix of the shortest joined text decides for all.
    private bool AnyMayMatch(ReadOnlySpan<char> joined, bool headings)
    {
        var candidates = Candidates(joined[0]);
        var prefix = PhrasePrefix.Of(joined);
        foreach (int index in candidates)
        {
            if ((Rules[index].Kind == LineKind.Heading) == headings && prefix.Fits(_prefixes[index]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the first rule whose phrase starts <paramref name="rest"/>, a place inside a
    /// run-on line, or -1; <paramref name="length"/> receives the matched length. A heading must
    /// end at a word's end and be written in capitals, as headings are, so that a sentence that
    /// starts with a heading's words ("Documents reviewed include ...") is not taken for one.
    /// </summary>
    internal int MatchRuleAt(ReadOnlySpan<char> rest, out int length)
    {
        length = 0;
        if (rest.IsEmpty)
        {
            return -1;
        }

        var candidates = Candidates(rest[0]);
        if (candidates.Length == 0)
        {
            return -1;
        }

        var prefix = PhrasePrefix.Of(rest);
        foreach (int index in candidates)
        {
            if (!prefix.Fits(_prefixes[index]))
            {
                continue;
            }

            var rule = Rules[index];
            int matched = MatchLength(index, rest);
            if (matched < 0 || (matched < rest.Length && char.IsLetterOrDigit(rule.Phrase[^1]) && char.IsLetterOrDigit(rest[matched])))
            {
                continue;
            }

            if (rule.Kind == LineKind.Heading && rest[..matched].ContainsAnyInRange('a', 'z'))
            {
                continue;
            }

            // "ISSUE AT DISPUTE:": a heading's colon belongs to it, as on a line of its own.
            if (rule.Kind == LineKind.Heading && rest[matched..].IndexOfAnyExcept(' ') is int colon and >= 0 && rest[matched + colon] == ':')
            {
                matched += colon + 1;
            }

            length = matched;
            return index;
        }

        return -1;
    }

    /// <summary>
    /// The words a heading, label or sentence of the form starts with, as the form writes them: the
    /// tokenizer searches every text for them in one vectorized pass, to find the phrases that an
    /// extractor left inside a line (<see cref="StartsInsideLine"/> decides).
    /// </summary>
    internal SearchValues<string> InsideLineAnchors { get; }

    /// <summary>
    /// True when a heading, label or sentence of the form starts at <paramref name="at"/>, inside
    /// <paramref name="content"/> rather than at its start, where a line must have broken: after a
    /// sentence's end or a colon ("further treatment.  IMR ISSUES, ..."), after a decision
    /// ("...is: Upheld Claims Administrator guideline:"), or a heading after a gap of two spaces.
    /// </summary>
    internal bool StartsInsideLine(ReadOnlySpan<char> content, int at)
    {
        // "treatment.IMR ISSUES": a line end an extractor glued to its sentence's end.
        if (at <= 0 || !(CharSets.IsSpace(content[at - 1]) || content[at - 1] is '.' or ':'))
        {
            return false;
        }

        int end = content[..at].LastIndexOfAnyExcept(CharSets.InlineSpace);
        if (end < 0)
        {
            return false;
        }

        // What stands before decides first: most places are prose, where no rule need be tried.
        var before = content[..(end + 1)];
        bool afterStop = before[^1] is '.' or ':';
        bool afterGap = at - before.Length >= 2;
        bool afterDecision = !afterStop && MatchDecision(before) >= 0;
        if (!afterStop && !afterGap && !afterDecision)
        {
            return false;
        }

        int rule = MatchRuleAt(content[at..], out _);
        return rule >= 0 && (afterStop || afterDecision || (afterGap && Rules[rule].Kind == LineKind.Heading));
    }

    /// <summary>The first words of the headings, in capitals: where a run-on line is searched for headings that no sentence end precedes.</summary>
    internal ImmutableArray<string> HeadingFirstWords { get; }

    /// <summary>
    /// Where a label that ends with the colon at the end of <paramref name="before"/> starts in
    /// it, or -1: "Certification(s)/Specialty:" after the last state of a run-on line.
    /// </summary>
    internal int LabelEndingAt(ReadOnlySpan<char> before)
    {
        foreach (int index in _colonLabels)
        {
            string phrase = Rules[index].Phrase;
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == phrase.Length || !char.IsLetterOrDigit(before[^(phrase.Length + 1)])))
            {
                return before.Length - phrase.Length;
            }
        }

        return -1;
    }

    /// <summary>
    /// The length of the decision word that starts <paramref name="rest"/> (after a colon and its
    /// space), or -1; a word glued to the next line's capital ("UpheldClaims") counts.
    /// </summary>
    internal int DecisionWordAt(ReadOnlySpan<char> rest)
    {
        foreach (var word in DecisionWords)
        {
            if (rest.StartsWith(word.Word, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == word.Word.Length || !char.IsLower(rest[word.Word.Length])))
            {
                return word.Word.Length;
            }
        }

        return -1;
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

    /// <summary>
    /// The second pass, which needs neighbouring lines: finds the phrases an extractor wrapped over
    /// lines (a heading over two or three, "IMR ISSUES, DECISIONS AND" / "RATIONALES"; a sentence of
    /// the form over two, "The Final Determination was based on decisions for the" / "disputed
    /// items/services ..."; a label), and carries a boilerplate sentence over the lines it wraps
    /// onto, up to the colon or full stop that ends it. Only the lines of <paramref name="candidates"/>
    /// (in order; those <see cref="Classify(string, Line, out bool)"/> gave as ones it may join, a
    /// boilerplate line among them) are looked at: at any other, the pass would do nothing.
    /// </summary>
    public void Refine(string text, Span<Line> lines, ReadOnlySpan<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        int next = 0;
        foreach (int i in candidates)
        {
            if (i >= next && i + 1 < lines.Length)
            {
                next = RefineAt(text, lines, i) + 1;
            }
        }
    }

    /// <summary>The second pass at line <paramref name="index"/>: the index of the last line it took.</summary>
    internal int RefineAt(string text, Span<Line> lines, int index)
    {
        var first = lines[index];
        if (first.Kind == LineKind.Boilerplate)
        {
            return ContinueBoilerplate(text, lines, index);
        }

        if (JoinHeading(text, lines, index) is int joined and > 0)
        {
            return index + joined - 1;
        }

        return first.Kind == LineKind.Text ? JoinPrefixRule(text, lines, index) : index;
    }

    /// <summary>The most lines a heading wraps onto.</summary>
    public const int MaxHeadingLines = 3;

    // A heading wrapped over two or three lines. A line that is a short heading on its own may begin
    // a longer one ("INDEPENDENT MEDICAL REVIEW" / "DECISION AND RATIONALE") or end one ("CLINICAL" /
    // "CASE SUMMARY"). Returns the number of lines joined, or 0.
    private int JoinHeading(string text, Span<Line> lines, int index)
    {
        // A line of prose as long as the longest phrase, or a line of another kind, starts no heading:
        // decided before any phrase key is read (the loop below would return 0 at its first line).
        var line = lines[index];
        if (line.ContentLength >= _longestPhrase || !CanJoinHeading(line) || !CanJoinHeading(lines[index + 1]))
        {
            return 0;
        }

        int start = line.ContentStart;
        if (!MayStart(_headingStarts, line.GetContent(text)) || !AnyMayMatch(text.AsSpan(start, lines[index + 1].ContentEnd - start), headings: true))
        {
            return 0;
        }

        for (int count = 2; count <= MaxHeadingLines && index + count <= lines.Length; count++)
        {
            var before = lines[index + count - 2];
            var last = lines[index + count - 1];
            if (!CanJoinHeading(before) || !CanJoinHeading(last) || before.ContentEnd - start >= _longestPhrase)
            {
                return 0;
            }

            // The lines before the last must be a beginning of the heading: the match has to run on into the last.
            var joined = text.AsSpan(start, last.ContentEnd - start);
            int rule = MatchRule(joined);
            if (rule >= 0 && Rules[rule].Kind == LineKind.Heading && Phrase.MatchLength(joined, Rules[rule].Phrase, spacedWords: true) > before.ContentEnd - start)
            {
                lines[index] = lines[index].With(LineKind.Heading, rule);
                for (int k = 1; k < count; k++)
                {
                    lines[index + k] = lines[index + k].With(LineKind.HeadingContinuation, rule);
                }

                return count;
            }
        }

        return 0;
    }

    private static bool CanJoinHeading(Line line) => line.Kind is LineKind.Text or LineKind.Heading;

    // A sentence of the form or a label wrapped inside its phrase over two lines of text; returns
    // the index of the last line it takes.
    private int JoinPrefixRule(string text, Span<Line> lines, int index)
    {
        var first = lines[index];
        var second = lines[index + 1];
        var joined = text.AsSpan(first.ContentStart, second.ContentEnd - first.ContentStart);
        if (second.Kind != LineKind.Text || first.ContentLength >= _longestPhrase || !MayStart(_prefixStarts, first.GetContent(text)) || !AnyMayMatch(joined, headings: false))
        {
            return index;
        }

        int rule = MatchRule(joined);
        if (rule < 0 || Phrase.MatchLength(joined, Rules[rule].Phrase, spacedWords: true) <= first.ContentLength)
        {
            return index;
        }

        switch (Rules[rule].Kind)
        {
            case LineKind.Boilerplate:
                lines[index] = first.With(LineKind.Boilerplate, rule);
                return ContinueBoilerplate(text, lines, index);
            case LineKind.Label:
                // The label's text starts on the second line, which continues the labelled part.
                lines[index] = first.With(LineKind.Label, rule);
                return index + 1;
            default:
                return index;
        }
    }

    /// <summary>The most lines a boilerplate sentence wraps onto.</summary>
    public const int MaxBoilerplateLines = 3;

    private static int ContinueBoilerplate(string text, Span<Line> lines, int index)
    {
        var line = lines[index];
        int last = index;
        while (!EndsBoilerplate(lines[last].GetContent(text))
               && last + 1 < lines.Length
               && last + 1 - index < MaxBoilerplateLines
               && lines[last + 1].Kind == LineKind.Text)
        {
            last++;
            lines[last] = lines[last].With(LineKind.Boilerplate, line.Rule);
        }

        return last;
    }

    private static bool EndsBoilerplate(ReadOnlySpan<char> content) => content[^1] is ':' or '.';

    private bool Matches(int index, ReadOnlySpan<char> content)
    {
        var rule = Rules[index];
        int length = MatchLength(index, content);
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

    // Phrase.MatchLength of the rule's phrase at the start of `text`. Most lines that start with a
    // phrase spell it as the form does, which the comparison as written decides in one pass.
    private int MatchLength(int index, ReadOnlySpan<char> text)
    {
        string phrase = Rules[index].Phrase;
        return _plainPhrases[index] && text.Length >= phrase.Length && Ascii.EqualsIgnoreCase(text[..phrase.Length], phrase)
            ? phrase.Length
            : Phrase.MatchLength(text, phrase, spacedWords: true);
    }

    // Phrase.MatchLength reads such a phrase at its length wherever a text spells it as written: no space
    // of the phrase is followed by more space the text's run would take.
    private static bool IsPlain(string phrase) =>
        Ascii.IsValid(phrase) && phrase[^1] != ' ' && !phrase.Contains("  ", StringComparison.Ordinal)
        && !phrase.Any(c => c != ' ' && CharSets.IsSpace(c));

    // The rules whose phrase starts with `first`, ignoring ASCII case, in their order.
    private int[] Candidates(char first) => first < 128 ? _rulesByFirstChar[CharSets.ToLowerAscii(first)] : _otherRules;

    private static int StartIndex(char c) => c < 128 ? CharSets.ToLowerAscii(c) : 128;

    // True when a rule of the kind that `starts` marks may match a line beginning with `content`.
    private static bool MayStart(bool[] starts, ReadOnlySpan<char> content) => !content.IsEmpty && starts[StartIndex(content[0])];
}
