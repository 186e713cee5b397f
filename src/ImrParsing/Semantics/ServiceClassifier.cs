using System.Collections.Immutable;

namespace ImrParsing.Semantics;

/// <summary>
/// Tells what kind of service a request asks for from an ordered list of <see cref="ServiceRule"/>s:
/// the first rule with a phrase in the request wins, so more specific rules come first ("Labs to
/// include: Chest X-ray" is an x-ray, "Pre-operative PT/PTT" lab work, not physical therapy).
/// </summary>
public sealed partial class ServiceClassifier
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

    /// <summary>The rules, in the order they are tried.</summary>
    public ImmutableArray<ServiceRule> Rules { get; }

    /// <summary>The first rule that matches <paramref name="request"/> and where, or null when none does.</summary>
    public ServiceMatch? Classify(ReadOnlySpan<char> request)
    {
        foreach (var rule in Rules)
        {
            if (rule.Match(request) is { } range)
            {
                return new ServiceMatch(rule, range);
            }
        }

        return null;
    }
}
