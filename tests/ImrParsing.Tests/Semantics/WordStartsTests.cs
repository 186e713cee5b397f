using ImrParsing.Lexing;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// The check before a phrase lookup (<see cref="WordStarts"/>) never turns away a word of its
/// vocabulary in any case, and turns away most other words.
/// </summary>
public sealed class WordStartsTests
{
    // The first words of the default service and body-region phrases, as TokenPhrases keys them.
    private static readonly string[] Vocabulary =
    [
        .. ServiceClassifier.Default.Rules.SelectMany(rule => rule.Phrases)
            .Concat(BodyRegionClassifier.Default.Regions.SelectMany(rule => rule.Phrases))
            .Concat(BodyRegionClassifier.Default.Sides.SelectMany(rule => rule.Phrases))
            .Select(FirstToken)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];

    [Fact]
    public void Every_word_of_the_vocabulary_may_be_one_in_any_case()
    {
        var starts = new WordStarts(Vocabulary);
        var random = new Random(20161013);
        foreach (string word in Vocabulary)
        {
            starts.MayBe(word).ShouldBeTrue(word);
            starts.MayBe(word.ToUpperInvariant()).ShouldBeTrue(word);
            starts.MayBe(word.ToLowerInvariant()).ShouldBeTrue(word);
            string mixed = string.Concat(word.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
            starts.MayBe(mixed).ShouldBeTrue(mixed);
        }
    }

    [Fact]
    public void Most_other_words_are_turned_away()
    {
        var starts = new WordStarts(["MRI", "x", "Physical", "12"]);
        foreach (string word in new[] { "the", "of", "and", "mris", "Phys", "xx", "13", "1", "" })
        {
            starts.MayBe(word).ShouldBeFalse(word);
        }

        new WordStarts(["", "of"]).MayBe("").ShouldBeFalse();
        starts.MayBe("mRi").ShouldBeTrue();
        starts.MayBe("X").ShouldBeTrue();
        starts.MayBe("PHYSICAL").ShouldBeTrue();
        starts.MayBe("12").ShouldBeTrue();
    }

    [Fact]
    public void Words_past_ascii_are_always_looked_up()
    {
        // "ſ" is "S" ignoring case: a vocabulary word that starts past ASCII lets every start of its length through,
        // and a text's word that starts past ASCII is looked up; ignoring case keeps a word's length.
        var withLongS = new WordStarts(["ſpine"]);
        withLongS.MayBe("spine").ShouldBeTrue();
        withLongS.MayBe("xxxxx").ShouldBeTrue();
        withLongS.MayBe("the").ShouldBeFalse();

        var ascii = new WordStarts(["spine"]);
        ascii.MayBe("ſpine").ShouldBeTrue();
        ascii.MayBe("sſine").ShouldBeTrue();
        ascii.MayBe("the").ShouldBeFalse();
    }

    private static string? FirstToken(string phrase)
    {
        using var tokens = WordLexer.Lex(phrase);
        return tokens.Count == 0 ? null : phrase.Substring(tokens.Tokens[0].Start, tokens.Tokens[0].Length);
    }
}
