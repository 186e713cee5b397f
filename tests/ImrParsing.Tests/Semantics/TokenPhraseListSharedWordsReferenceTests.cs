using ImrParsing.Benchmarks;
using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// <see cref="TokenPhraseList"/>, whose phrases of a first word compare the words they share with
/// the phrase before them once, against <see cref="PhraseByPhraseTokenPhraseList"/> (the benchmarks'
/// copy of the list before, shared as source), which matched each phrase from its first word: the
/// same match at every token of every corpus text and of constructed texts, for every list the
/// readers keep and for vocabularies whose phrases share words in every way (case, white space, a
/// phrase that another begins with, the same phrase twice).
/// </summary>
public sealed class TokenPhraseListSharedWordsReferenceTests
{
    private static readonly string[] Joins = [" ", " ", " ", "", "-", " - ", ", ", ",", "/", "\n", "-\n", ": ", " (", ")"];

    // Letters past ASCII that ignoring case folds to ASCII ones ("ſ" is "s", the Kelvin sign is "K") or does not ("é").
    private static readonly string[] Odd = ["ſ", "\u212A", "é", "ı", "İ", "x", "2", "the", "of", "-", "/", ".", "&", "and"];

    // Phrases that share their first words with the phrase before them, and differ after them in every way a match can tell.
    private static readonly string[] Shared =
    [
        "Low Back - Lumbar & Thoracic", "Low Back-Lumbar & Thoracic", "Low Back -Lumbar & Thoracic", "Low back - Lumbar", "LOW Back - Lumbar & Thoracic",
        "Low Back, Lumbar & Thoracic", "Low Back Lumbar", "Low Back", "Low", "Low Back Lumbar & Thoracic", "Low Back", "Low Back (Acute)",
        "Pain (Chronic)", "Pain(Chronic)", "Pain", "Pain (Chronic) Treatment", "pain", "Pain and", "Pain & Back",
        "a b c d", "a b c", "a b", "a", "a b c d e", "a b x", "a-b", "a - b", "ab", "a b c d",
    ];

    public static TheoryData<string> Vocabularies => ["labels", "drugs", "chapters", "odg", "others", "per", "shared"];

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Matches_the_same_at_every_token_of_the_corpus_and_of_constructed_texts(string vocabulary)
    {
        var (list, reference) = Lists(vocabulary);
        var texts = Infrastructure.Corpus.AllTexts.Select(Infrastructure.Corpus.Read).Concat(Constructed(Phrases(vocabulary)));
        int found = 0;
        foreach (string text in texts)
        {
            using var tokens = WordLexer.Lex(text);
            var lexed = new LexedText(text, tokens);
            for (int i = 0; i <= lexed.Count; i++)
            {
                int expected = reference.Match(lexed, i);
                list.Match(lexed, i).ShouldBe(expected, $"{(text.Length > 200 ? text[..200] : text)} at token {i}");
                found += expected >= 0 ? 1 : 0;
            }
        }

        found.ShouldBeGreaterThan(1000);
    }

    // Texts of the phrases, their words, upper-cased and with "ſ" for "s", and odd words, joined every way.
    private static IEnumerable<string> Constructed(string[] phrases)
    {
        string[] words = [.. phrases, .. phrases.Select(phrase => phrase.ToUpperInvariant()), .. phrases.Select(phrase => phrase.Replace('s', 'ſ')), .. phrases.SelectMany(phrase => phrase.Split(' ')), .. Odd];
        var random = new Random(20261206);
        for (int sample = 0; sample < 4000; sample++)
        {
            yield return string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(i => (i > 0 ? Joins[random.Next(Joins.Length)] : "") + words[random.Next(words.Length)]));
        }
    }

    private static (TokenPhraseList List, PhraseByPhraseTokenPhraseList Reference) Lists(string vocabulary)
    {
        var phrases = Phrases(vocabulary);
        return (new TokenPhraseList(phrases), new PhraseByPhraseTokenPhraseList(phrases));
    }

    private static string[] Phrases(string vocabulary) =>
        vocabulary == "shared" ? Shared : TokenPhraseListReferenceTests.Phrases(vocabulary);
}
