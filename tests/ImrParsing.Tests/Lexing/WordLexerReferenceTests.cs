using ImrParsing.Benchmarks;
using ImrParsing.Lexing;

namespace ImrParsing.Tests.Lexing;

/// <summary>
/// The word lexer, which reads a run and its kind a character at a time with a class table, against
/// the lexer before it (<see cref="BaselineWordLexer"/>: a vectorized search for each run's end, then
/// a look at the run for its kind): the same tokens, keys, date anchors and joined characters.
/// </summary>
public sealed class WordLexerReferenceTests
{
    // Letters, digits and marks of ASCII and past it: accented and other scripts' letters, other
    // scripts' digits, the white space extractors write, line-end hyphens and the "ſ" that folds to "s".
    private static readonly string[] Pieces =
    [
        "March", "sept", "Dec", "injury", "10", "2016", "7.5", "T9", "L4-5", "5/325mg", "x", "é", "café", "ſept", "Ω", "١٢", "٣x", "Ⅻ",
        "²", "½", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2009", "\u200B", "\f", "\u0085", "-", "-\n", "-\r\n ", "-\n\n", "--", ".",
        ",", "(", ")", "\"", "\u201C", "%", "#", ":", "/", "\u0000", "\u001C", "\u007F", "\u00AD", "\uD83D\uDE00",
    ];

    [Fact]
    public void The_corpus_is_lexed_as_before()
    {
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            AssertSame(Infrastructure.Corpus.Read(name));
        }
    }

    [Fact]
    public void Constructed_texts_are_lexed_as_before()
    {
        var random = new Random(20261205);
        for (int n = 0; n < 20_000; n++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(1, 24);
            for (int k = 0; k < count; k++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSame(text.ToString());
        }
    }

    private static void AssertSame(string text)
    {
        using var expected = BaselineWordLexer.Lex(text);
        using var actual = WordLexer.Lex(text);
        actual.Tokens.ToArray().ShouldBe(expected.Tokens.ToArray(), Shown(text));
        actual.DateAnchors.ToArray().ShouldBe(expected.DateAnchors.ToArray(), Shown(text));
        for (int i = 0; i < actual.Count; i++)
        {
            actual.Chars(text, i).ToString().ShouldBe(expected.Chars(text, i).ToString(), Shown(text));
        }
    }

    private static string Shown(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
