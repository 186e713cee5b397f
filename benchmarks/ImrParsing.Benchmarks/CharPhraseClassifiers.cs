using System.Collections.Frozen;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The service and body-region classifiers before the word lexer (issue 12): the rules' phrases
/// grouped by first letter and tried at every word start of a request's characters. Kept as the
/// baseline of <c>RequestClassifierBenchmarks</c> and, shared as source, as the reference the tests
/// hold the token classifiers to.
/// </summary>
internal sealed class CharPhraseClassifiers
{
    private readonly FrozenDictionary<char, (string Phrase, int Rule)[]> _services;
    private readonly FrozenDictionary<char, (string Phrase, BodySide? Side, BodyRegionRule? Region)[]> _regions;

    public CharPhraseClassifiers(IEnumerable<ServiceRule> services, BodyRegionClassifier regions)
    {
        _services = ByFirst(services.SelectMany((rule, index) => rule.Phrases.Select(phrase => (phrase, index))), entry => entry.phrase);
        _regions = ByFirst(
            regions.Sides.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, (BodySide?)rule.Side, (BodyRegionRule?)null)))
                .Concat(regions.Regions.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, (BodySide?)null, (BodyRegionRule?)rule)))),
            entry => entry.Item1);
    }

    /// <summary>The first rule's index and where its leftmost, then longest, phrase is; null when none matches.</summary>
    public (int Rule, OffsetRange Range)? Classify(string request)
    {
        int best = int.MaxValue;
        OffsetRange range = default;
        for (int at = 0; at < request.Length; at++)
        {
            if (!IsWordStart(request, at) || request[at] == ' ' || !_services.TryGetValue(char.ToLowerInvariant(request[at]), out var candidates))
            {
                continue;
            }

            foreach (var (phrase, rule) in candidates)
            {
                if (TextParsers.StartsWithKeyword(request.AsSpan(at), phrase, out int length)
                    && (rule < best || (rule == best && at == range.Start && at + length > range.End)))
                {
                    best = rule;
                    range = new OffsetRange(at, at + length);
                }
            }
        }

        return best == int.MaxValue ? null : (best, range);
    }

    /// <summary>The regions (with their sides) and the request's side, as the classifier found them.</summary>
    public (List<(string Region, OffsetRange Range, BodySide? Side)> Regions, BodySide? Side) Read(string request)
    {
        var found = new List<(string Region, OffsetRange Range, BodySide? Side)>();
        var sides = new List<BodySide>();
        BodySide? pending = null;
        int i = 0;
        while (i < request.Length)
        {
            if (request[i] == ' ')
            {
                i++;
                continue;
            }

            if (PhraseAt(request, i) is not { } word)
            {
                pending = null;
                i++;
                continue;
            }

            var (side, region, length) = word;
            if (side is { } stated)
            {
                pending = stated;
                sides.Add(stated);
            }
            else if (region is not null)
            {
                var regionSide = region.Side ?? pending;
                if (region.Side is { } implied)
                {
                    sides.Add(implied);
                }

                if (!found.Any(match => match.Region == region.Region && (regionSide is null || match.Side == regionSide)))
                {
                    found.Add((region.Region, new OffsetRange(i, i + length), regionSide));
                }

                pending = null;
            }

            i += length;
        }

        return (found, sides.Distinct().Count() == 1 ? sides[0] : null);
    }

    private (BodySide? Side, BodyRegionRule? Region, int Length)? PhraseAt(string text, int at)
    {
        if (!IsWordStart(text, at) || !char.IsLetterOrDigit(text[at]) || !_regions.TryGetValue(char.ToLowerInvariant(text[at]), out var candidates))
        {
            return null;
        }

        foreach (var (phrase, side, region) in candidates)
        {
            if (TextParsers.StartsWithKeyword(text.AsSpan(at), phrase, out int length))
            {
                return (side, region, length);
            }
        }

        return null;
    }

    // At the start, or after a character that is not a letter or digit, or at one that is not.
    private static bool IsWordStart(string text, int index) =>
        index == 0 || !char.IsLetterOrDigit(text[index - 1]) || !char.IsLetterOrDigit(text[index]);

    private static FrozenDictionary<char, T[]> ByFirst<T>(IEnumerable<T> entries, Func<T, string> phrase) =>
        entries.GroupBy(entry => char.ToLowerInvariant(phrase(entry)[0])).ToFrozenDictionary(group => group.Key, group => group.ToArray());
}
