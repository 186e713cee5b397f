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

        _phrases = new TokenPhrases<int>(Rules.SelectMany((rule, index) => rule.Phrases.Select(phrase => (phrase, index))));
    }

    /// <summary>
    /// The service kind whose requests are read as medications (drug, strength, quantity, directions,
    /// refills); a request no rule classifies is one too when it states a strength ("35mg").
    /// </summary>
    public const string Medication = "medication";

    private readonly TokenPhrases<int> _phrases;

    /// <summary>The rules, in the order they are tried.</summary>
    public ImmutableArray<ServiceRule> Rules { get; }

    /// <summary>The rules' phrases, compiled, each standing for its rule's index.</summary>
    internal TokenPhrases<int> Phrases => _phrases;

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
        var tokens = lexed.Tokens;
        // One pass over the tokens finds every rule that matches; the first rule wins, at its leftmost (then longest) phrase.
        int best = int.MaxValue;
        int first = -1;
        int last = -1;
        for (int at = 0; at < tokens.Length; at++)
        {
            foreach (var (rule, end) in _phrases.MatchesAt(source, lexed, at))
            {
                if (rule < best || (rule == best && at == first && end > last))
                {
                    best = rule;
                    first = at;
                    last = end;
                }
            }
        }

        return best == int.MaxValue ? null : new ServiceMatch(Rules[best], SourceWords.Of(tokens, first, last));
    }
}
