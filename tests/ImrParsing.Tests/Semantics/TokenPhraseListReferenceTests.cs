using ImrParsing.Benchmarks;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// <see cref="TokenPhraseList"/>, which hashes a first token of ASCII characters in a table of its
/// own, against the lookup in the frozen dictionary ignoring case it replaced
/// (<see cref="DictionaryTokenPhraseList"/>, the benchmarks' copy shared as source): the same match
/// at every token of every corpus text and of constructed texts, for every list the readers keep.
/// </summary>
public sealed class TokenPhraseListReferenceTests
{
    private static readonly string[] Joins = [" ", " ", " ", "", "-", ", ", "/", "\n", "-\n", ": ", " ("];

    // Letters past ASCII that ignoring case folds to ASCII ones ("ſ" is "s", the Kelvin sign is "K") or does not ("é").
    private static readonly string[] Odd = ["ſ", "\u212A", "é", "É", "ı", "İ", "x", "2", "the", "of", "per", "-", "/", "."];

    public static TheoryData<string> Vocabularies => ["labels", "drugs", "chapters", "odg", "others", "per"];

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Matches_the_same_at_every_token_of_the_corpus(string vocabulary)
    {
        var (table, dictionary) = Lists(vocabulary);
        int found = 0;
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            found += Compare(table, dictionary, Infrastructure.Corpus.Read(name), name);
        }

        found.ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Matches_the_same_at_every_token_of_constructed_texts(string vocabulary)
    {
        var (table, dictionary) = Lists(vocabulary);
        var words = Phrases(vocabulary).SelectMany(phrase => new[] { phrase, phrase.ToUpperInvariant(), Swap(phrase) })
            .Concat(Phrases(vocabulary).SelectMany(phrase => phrase.Split(' ')))
            .Concat(Odd)
            .ToArray();
        var random = new Random(20161205);
        int found = 0;
        for (int sample = 0; sample < 4000; sample++)
        {
            var built = new System.Text.StringBuilder(words[random.Next(words.Length)]);
            for (int i = random.Next(1, 8); i > 1; i--)
            {
                built.Append(Joins[random.Next(Joins.Length)]).Append(words[random.Next(words.Length)]);
            }

            string text = built.ToString();
            found += Compare(table, dictionary, text, text);
        }

        found.ShouldBeGreaterThan(1000);
    }

    private static int Compare(TokenPhraseList table, DictionaryTokenPhraseList dictionary, string text, string where)
    {
        using var tokens = WordLexer.Lex(text);
        var lexed = new LexedText(text, tokens);
        int found = 0;
        for (int i = 0; i <= lexed.Count; i++)
        {
            int expected = dictionary.Match(lexed, i);
            table.Match(lexed, i).ShouldBe(expected, $"{where} at token {i}");
            found += expected >= 0 ? 1 : 0;
        }

        return found;
    }

    // An ASCII letter made one past ASCII that ignoring case folds to it, where the phrase has one.
    private static string Swap(string phrase) => phrase.Replace('s', 'ſ').Replace('K', '\u212A').Replace('k', '\u212A');

    private static (TokenPhraseList Table, DictionaryTokenPhraseList Dictionary) Lists(string vocabulary)
    {
        var phrases = Phrases(vocabulary);
        return (new TokenPhraseList(phrases), new DictionaryTokenPhraseList(phrases));
    }

    // The vocabularies the lists are built from, by name (the shared-words tests use them too).
    internal static string[] Phrases(string vocabulary) => vocabulary switch
    {
        "labels" => DateOfServiceGrammar.Labels,
        "drugs" => [.. InjectionNames.Drugs],
        "chapters" => [.. NonMtusNames.WithVariants(NonMtusNames.OdgChapters)],
        "odg" => [.. NonMtusNames.WithVariants(NonMtusNames.OdgNames)],
        "others" => [.. NonMtusNames.WithVariants(NonMtusNames.OtherNames)],
        _ => MedicationGrammar.PerUnits,
    };
}
