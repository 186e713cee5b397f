using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

/// <summary>
/// Finds the body regions a request names and their sides from ordered, inspectable rules: at each
/// word, the first <see cref="BodyRegionRule"/> that names a region there wins. A side word right
/// before a region ("right knee", "bilateral lower extremities") is that region's side; a side
/// word elsewhere ("Bilateral hearing aids") only counts toward the request's side.
/// </summary>
public sealed partial class BodyRegionClassifier
{
    /// <summary>Makes a classifier of region rules, tried in order at each word, and side rules.</summary>
    public BodyRegionClassifier(IEnumerable<BodyRegionRule> regions, IEnumerable<SideRule> sides)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(sides);
        Regions = [.. regions];
        Sides = [.. sides];
        if (Regions.Any(rule => rule is null) || Sides.Any(rule => rule is null))
        {
            throw new ArgumentException("The rules must not contain null.");
        }

        _phrases = new TokenPhrases<(BodySide? Side, BodyRegionRule? Region)>(
            Sides.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, ((BodySide?)rule.Side, (BodyRegionRule?)null))))
                .Concat(Regions.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, ((BodySide?)null, (BodyRegionRule?)rule))))));
    }

    // Side words first, then the regions in rule order, each rule's phrases longest first.
    private readonly TokenPhrases<(BodySide? Side, BodyRegionRule? Region)> _phrases;

    /// <summary>The region rules, in the order they are tried.</summary>
    public ImmutableArray<BodyRegionRule> Regions { get; }

    /// <summary>The side rules.</summary>
    public ImmutableArray<SideRule> Sides { get; }

    /// <summary>The regions and sides <paramref name="request"/> names.</summary>
    internal BodyRegionReading Read(string request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var tokens = WordLexer.Lex(request);
        return Read(request, tokens);
    }

    /// <summary>The regions and sides that <paramref name="lexed"/>, the tokens of <paramref name="source"/>, names.</summary>
    internal BodyRegionReading Read(ReadOnlySpan<char> source, TokenList lexed)
    {
        var tokens = lexed.Tokens;
        List<BodyRegionMatch>? found = null;
        var sides = new StatedSides();
        StatedSide? pending = null;
        int i = 0;
        while (i < tokens.Length)
        {
            if (Phrase(source, lexed, i) is not { } word)
            {
                // Any other word or mark between a side and a region breaks the link: "left side of the knee" states no side for the knee.
                pending = null;
                i++;
                continue;
            }

            var (side, region, last) = word;
            var words = SourceWords.Of(tokens, i, last);
            if (side is { } stated)
            {
                pending = new StatedSide(stated, words);
                sides.Add(pending.Value);
            }
            else if (region is not null)
            {
                var regionSide = region.Side is { } implied ? new StatedSide(implied, words) : pending;
                if (region.Side is not null)
                {
                    sides.Add(regionSide!.Value);
                }

                // A region named again is listed again only for another side: "L5-S1" is one lumbar spine, "left hip and right hip" two hips.
                if (found is null || !Listed(found, region.Region, regionSide))
                {
                    (found ??= []).Add(new BodyRegionMatch(region.Region, words, regionSide));
                }

                pending = null;
            }

            i = last + 1;
        }

        IReadOnlyList<BodyRegionMatch> regions = found is null ? Array.Empty<BodyRegionMatch>() : found;
        return new BodyRegionReading(regions, sides.One);
    }

    // The sides stated, as far as the request's one side needs them: the first, and whether another differs.
    private struct StatedSides
    {
        private StatedSide? _first;
        private bool _mixed;

        // The side, when every side stated is the same one.
        public readonly StatedSide? One => _mixed ? null : _first;

        public void Add(StatedSide side)
        {
            if (_first is not { } first)
            {
                _first = side;
            }
            else if (side.Value != first.Value)
            {
                _mixed = true;
            }
        }
    }

    // True when the region is already listed with this side (or at all, when no side is stated). A
    // loop, not a lambda: a closure over the loop's variables was allocated for every character read.
    private static bool Listed(List<BodyRegionMatch> found, string region, StatedSide? side)
    {
        foreach (var match in found)
        {
            if (match.Region == region && (side is null || match.Side?.Value == side.Value.Value))
            {
                return true;
            }
        }

        return false;
    }

    // The side or region named at a word (not a mark), if any.
    private (BodySide? Side, BodyRegionRule? Region, int Last)? Phrase(ReadOnlySpan<char> source, TokenList lexed, int at)
    {
        if (lexed.Tokens[at].Kind == TokenKind.Punctuation)
        {
            return null;
        }

        foreach (var ((side, region), last) in _phrases.MatchesAt(source, lexed, at))
        {
            return (side, region, last);
        }

        return null;
    }
}
