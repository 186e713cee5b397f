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
    }

    // Compiled when first asked for: a parser's request reader looks the phrases up in an index of
    // its own, so these serve a direct Read alone.
    private TokenPhrases<(BodySide? Side, BodyRegionRule? Region)>? _phrases;

    private TokenPhrases<(BodySide? Side, BodyRegionRule? Region)> CompiledPhrases =>
        LazyInitializer.EnsureInitialized(ref _phrases, () => new TokenPhrases<(BodySide? Side, BodyRegionRule? Region)>(Phrases));

    /// <summary>The side and region phrases in the order they are tried at one word: side words first, then the regions in rule order.</summary>
    internal IEnumerable<(string Phrase, (BodySide? Side, BodyRegionRule? Region) Named)> Phrases =>
        Sides.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, ((BodySide?)rule.Side, (BodyRegionRule?)null))))
            .Concat(Regions.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, ((BodySide?)null, (BodyRegionRule?)rule)))));

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
        var walk = default(Walk);
        for (int i = 0; i < lexed.Count; i++)
        {
            if (walk.Reads(i))
            {
                walk.At(lexed.Tokens, i, Phrase(source, lexed, i));
            }
        }

        return walk.Reading;
    }

    /// <summary>
    /// The reading of a request's words in order: each word the walk <see cref="Reads"/> is given
    /// the first side or region named there (none at a mark), and the walk goes on past its words.
    /// </summary>
    internal struct Walk
    {
        private List<BodyRegionMatch>? _found;
        private StatedSides _sides;
        private StatedSide? _pending;
        private int _next;

        /// <summary>A walk that adds the regions it finds to <paramref name="found"/>, an empty list its <see cref="Reading"/> then gives.</summary>
        public Walk(List<BodyRegionMatch> found) => _found = found;

        /// <summary>False for a word inside the words named last.</summary>
        public readonly bool Reads(int index) => index >= _next;

        /// <summary>What the request names at token <paramref name="index"/>: a side or a region and its last token, or null.</summary>
        public void At(ReadOnlySpan<Token> tokens, int index, (BodySide? Side, BodyRegionRule? Region, int Last)? named)
        {
            if (named is not { } word)
            {
                // Any other word or mark between a side and a region breaks the link: "left side of the knee" states no side for the knee.
                _pending = null;
                _next = index + 1;
                return;
            }

            var (side, region, last) = word;
            var words = SourceWords.Of(tokens, index, last);
            if (side is { } stated)
            {
                _pending = new StatedSide(stated, words);
                _sides.Add(_pending.Value);
            }
            else if (region is not null)
            {
                var regionSide = region.Side is { } implied ? new StatedSide(implied, words) : _pending;
                if (region.Side is not null)
                {
                    _sides.Add(regionSide!.Value);
                }

                // A region named again is listed again only for another side: "L5-S1" is one lumbar spine, "left hip and right hip" two hips.
                if (_found is null || !Listed(_found, region.Region, regionSide))
                {
                    (_found ??= []).Add(new BodyRegionMatch(region.Region, words, regionSide));
                }

                _pending = null;
            }

            _next = last + 1;
        }

        /// <summary>The regions and the side read.</summary>
        public readonly BodyRegionReading Reading =>
            new((IReadOnlyList<BodyRegionMatch>?)_found ?? Array.Empty<BodyRegionMatch>(), _sides.One);
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

        foreach (var ((side, region), last) in CompiledPhrases.MatchesAt(source, lexed, at))
        {
            return (side, region, last);
        }

        return null;
    }
}
