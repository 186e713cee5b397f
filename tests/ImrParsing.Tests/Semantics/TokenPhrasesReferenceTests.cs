using ImrParsing.Benchmarks;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// <see cref="TokenPhrases{T}"/>, which tells most tokens apart before it hashes them, against the
/// lookup that hashed every token (<see cref="BaselineTokenPhrases{T}"/>, the benchmarks' copy shared
/// as source): the same phrases, in the same order, at every token of the corpus's requests and of
/// constructed ones, for the default service and body-region phrases and phrases of every shape.
/// </summary>
public sealed class TokenPhrasesReferenceTests
{
    private static readonly string[] Pieces =
    [
        "MRI", "mri", "MRIs", "MR", "x-ray", "X-Rays", "xray", "PT", "PT/PTT", "physical", "therapy", "Physical Therapy", "home", "health",
        "aide", "E/M", "E&M", "f/u", "right", "Rt", "left", "Lt.", "bilateral", "knee", "low", "back", "lumbar", "spine", "c-spine", "L4-5",
        "L5-S1", "RUE", "shoulder", "carpal tunnel", "Norco", "5/325mg", "#60", "TENS", "unit", "ſpine", "ſ", "é", "Éval", "3D", "K", "\u212Aee",
        "follow-up", "re-eval", "-", "/", ",", ":", " :", "(", ")", ".", "of", "the", "and", "2", "12", "epidural", "injection", "nerve block",
        "retro", "DOS", "date of service", "x", "X", "a", "1x", "ther-\napy", "lum-\nbar",
    ];

    private static readonly string[] Joins = [" ", " ", " ", "", "-", ", ", "/", "\n", "-\n"];

    public static TheoryData<string> Vocabularies => ["services", "regions", "shapes"];

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Finds_the_same_phrases_at_every_token_of_constructed_requests(string vocabulary)
    {
        var (filtered, hashed) = Lookups(vocabulary);
        int found = 0;
        foreach (var (text, request) in ConstructedRequests.Spelled(Pieces, Joins, 8))
        {
            found += Compare(filtered, hashed, request.Source, request.Lexed, text);
        }

        found.ShouldBeGreaterThan(vocabulary == "shapes" ? 1000 : 5000);
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Finds_the_same_phrases_at_every_token_of_the_corpus_requests(string vocabulary)
    {
        var (filtered, hashed) = Lookups(vocabulary);
        int found = 0;
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string letter = Infrastructure.Corpus.Read(name);
            foreach (var item in ImrDocument.Parse(letter).Items)
            {
                if (item.Request is { } request)
                {
                    using var tokens = WordLexer.Lex(letter, request.Span.Start, request.Span.End);
                    found += Compare(filtered, hashed, letter, tokens, name);
                }
            }
        }

        found.ShouldBeGreaterThan(vocabulary == "shapes" ? 10 : 200);
    }

    private static int Compare(TokenPhrases<int> filtered, BaselineTokenPhrases<int> hashed, string source, TokenList tokens, string where)
    {
        int found = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var expected = new List<(int, int)>();
            foreach (var match in hashed.MatchesAt(source, tokens, i))
            {
                expected.Add(match);
            }

            var actual = new List<(int, int)>();
            foreach (var match in filtered.MatchesAt(source, tokens, i))
            {
                actual.Add(match);
            }

            actual.ShouldBe(expected, $"{where} at token {i}");
            found += expected.Count;
        }

        return found;
    }

    private static (TokenPhrases<int> Filtered, BaselineTokenPhrases<int> Hashed) Lookups(string vocabulary)
    {
        var phrases = Phrases(vocabulary);
        return (new TokenPhrases<int>(phrases), new BaselineTokenPhrases<int>(phrases));
    }

    private static (string Phrase, int Value)[] Phrases(string vocabulary) => vocabulary switch
    {
        "services" => [.. ServiceClassifier.Default.Rules.SelectMany((rule, index) => rule.Phrases.Select(phrase => (phrase, index)))],
        "regions" =>
        [
            .. BodyRegionClassifier.Default.Sides.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, 0)))
                .Concat(BodyRegionClassifier.Default.Regions.SelectMany(rule => rule.Phrases.Select(phrase => (phrase, 1)))),
        ],
        // Marks first and last, a space at the end, a colon, one letter, digits; the text's letters past ASCII fold to some ("ſ" is "S").
        _ => [.. new[] { "(", "/", "x", "X-", "1x", "12", "e/m", "L4-5", ": ", "of the", "spine", "kee", "K", "re-eval", "DOS:", "date of service" }
            .Select((phrase, index) => (phrase, index))],
    };
}
