using System.Collections.Immutable;
using ImrParsing.Lexing;

namespace ImrParsing.Semantics;

/// <summary>
/// Tells what kind of service a request asks for from an ordered list of <see cref="ServiceRule"/>s:
/// the first rule with a phrase in the request wins, so more specific rules come first ("Labs to
/// include: Chest X-ray" is an x-ray, "Pre-operative PT/PTT" lab work, not physical therapy).
/// </summary>
internal sealed partial class ServiceClassifier
{
    /// <summary>Makes a classifier of <paramref name="rules"/>, tried in order.</summary>
    public ServiceClassifier(IEnumerable<ServiceRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        if (Rules.Any(rule => rule is null))
        {
            throw new ArgumentException("The rules must not contain null.", nameof(rules));
        }
    }

    /// <summary>
    /// The service kind whose requests are read as medications (drug, strength, quantity, directions,
    /// refills); a request no rule classifies is one too when it states a strength ("35mg").
    /// </summary>
    public const string Medication = "medication";

    // Compiled when first asked for: a parser's request reader looks the phrases up in an index of
    // its own, so these serve a direct Classify and the rule check alone.
    private TokenPhrases<int>? _phrases;

    /// <summary>The rules, in the order they are tried.</summary>
    public ImmutableArray<ServiceRule> Rules { get; }

    /// <summary>The rules' phrases, compiled, each standing for its rule's index.</summary>
    internal TokenPhrases<int> CompiledPhrases => LazyInitializer.EnsureInitialized(ref _phrases, () => new TokenPhrases<int>(Phrases));

    /// <summary>Every rule's phrases with the rule's index, in the order they are tried at one word.</summary>
    internal IEnumerable<(string Phrase, int Rule)> Phrases => Rules.SelectMany((rule, index) => rule.Phrases.Select(phrase => (phrase, index)));

    /// <summary>
    /// A classifier of <paramref name="rules"/>: <see cref="Default"/> itself when they are its
    /// rules, so that the default parser compiles the phrases once.
    /// </summary>
    public static ServiceClassifier Of(IReadOnlyList<ServiceRule> rules) =>
        rules.SequenceEqual(Default.Rules, ReferenceEqualityComparer.Instance) ? Default : new ServiceClassifier(rules);

    /// <summary>The first rule that matches <paramref name="request"/> and where, or null when none does.</summary>
    public ServiceMatch? Classify(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var tokens = WordLexer.Lex(request);
        return Classify(request, tokens);
    }

    /// <summary>The first rule that matches <paramref name="lexed"/>, the tokens of <paramref name="source"/>, and where, or null when none does.</summary>
    public ServiceMatch? Classify(ReadOnlySpan<char> source, TokenList lexed)
    {
        // One pass over the tokens finds every rule that matches; the first rule wins, at its leftmost (then longest) phrase.
        var choice = default(Choice);
        for (int at = 0; at < lexed.Count; at++)
        {
            foreach (var (rule, end) in CompiledPhrases.MatchesAt(source, lexed, at))
            {
                choice.Add(rule, at, end);
            }
        }

        return choice.Match(this, lexed.Tokens);
    }

    /// <summary>The rule chosen from the matches of a pass over a request's tokens, given in token order.</summary>
    internal struct Choice
    {
        private bool _found;
        private int _rule;
        private int _first;
        private int _last;

        /// <summary>Rule <paramref name="rule"/> matches tokens <paramref name="first"/> to <paramref name="last"/>.</summary>
        public void Add(int rule, int first, int last)
        {
            if (!_found || rule < _rule || (rule == _rule && first == _first && last > _last))
            {
                _found = true;
                _rule = rule;
                _first = first;
                _last = last;
            }
        }

        /// <summary>The first rule that matched and where, or null when none did.</summary>
        public readonly ServiceMatch? Match(ServiceClassifier classifier, ReadOnlySpan<Token> tokens) =>
            _found ? new ServiceMatch(classifier.Rules[_rule], SourceWords.Of(tokens, _first, _last)) : null;
    }
}
