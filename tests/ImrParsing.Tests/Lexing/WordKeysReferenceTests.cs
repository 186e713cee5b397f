using ImrParsing.Benchmarks;
using ImrParsing.Lexing;

namespace ImrParsing.Tests.Lexing;

/// <summary>
/// <see cref="WordKeys.Of"/>, which tests a word's first three characters before the dictionary,
/// against the lookup before it (<see cref="DictionaryWordKeys"/>): the same key for every word and
/// run of the corpus, every three-letter word, and the vocabulary's words in every case, cut, grown
/// and with a character past ASCII (the "ſ" that folds to "S", the Kelvin sign, fullwidth letters).
/// </summary>
public sealed class WordKeysReferenceTests
{
    [Fact]
    public void Every_run_of_the_corpus_has_the_same_key()
    {
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string text = Infrastructure.Corpus.Read(name);
            using var tokens = WordLexer.Lex(text);
            for (int i = 0; i < tokens.Count; i++)
            {
                AssertSame(tokens.Chars(text, i));
            }
        }
    }

    [Fact]
    public void Every_three_letter_word_has_the_same_key()
    {
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        Span<char> word = stackalloc char[3];
        foreach (char a in letters)
        {
            foreach (char b in letters)
            {
                foreach (char c in letters)
                {
                    word[0] = a;
                    word[1] = b;
                    word[2] = c;
                    AssertSame(word);
                }
            }
        }
    }

    [Fact]
    public void The_vocabulary_in_every_form_has_the_same_key()
    {
        string[] others = ["ſ", "\u212A", "Ｍ", "é", "1", "-", " ", "@", "`", "[", "{", "A", "z"];
        foreach (string word in WordKeys.MonthWords)
        {
            foreach (string form in (string[])[word, word.ToUpperInvariant(), word.ToLowerInvariant(), word + "s", word + "x", word[..^1], "x" + word])
            {
                AssertSame(form);
                for (int at = 0; at < form.Length; at++)
                {
                    foreach (string other in others)
                    {
                        AssertSame(form[..at] + other + form[(at + 1)..]);
                    }
                }
            }
        }
    }

    private static void AssertSame(ReadOnlySpan<char> word) =>
        WordKeys.Of(word).ShouldBe(DictionaryWordKeys.Of(word), word.ToString());
}
