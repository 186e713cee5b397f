using ImrParsing.Benchmarks;
using ImrParsing.Lexing;

namespace ImrParsing.Tests.Lexing;

/// <summary>
/// The word lexer, which reads the runs of 32 ASCII characters at a time from bit masks, against the
/// lexer a character at a time (<see cref="CharacterWordLexer"/>): the same tokens, keys, date anchors
/// and joined characters for texts and ranges of every length, runs across the windows' edges, runs
/// of 32 characters and more, and characters past ASCII anywhere in a window.
/// </summary>
public sealed class WordLexerWindowsReferenceTests
{
    private static readonly string[] Pieces =
    [
        "March", "sept", "Dec", "injury", "the", "a", "10", "2016", "7.5", "T9", "L4-5", "5/325mg", "x", "é", "café", "ſept", "١٢",
        " ", "  ", "\t", "\n", "\r\n", "\u00A0", "-", "-\n", "-\r\n ", "-\n\n", ".", ",", "(", ")", "%", ":", "/", "@", "[", "`", "{",
        "\u0000", "\u001F", "\u007F", "\u00AD", "treat-\nment", "abcdefghijklmnopqrstuvwxyzABCDEF", "0123456789012345678901234567890123",
        "Cyclobenzaprine", "1234567890123456789012345678901", "aB3", "\u2019",
    ];

    [Fact]
    public void The_corpus_is_lexed_as_before_whole_and_in_ranges()
    {
        var random = new Random(20261205);
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string text = Infrastructure.Corpus.Read(name);
            AssertSame(text, 0, text.Length);
            for (int n = 0; n < 20; n++)
            {
                int start = random.Next(text.Length);
                AssertSame(text, start, Math.Min(text.Length, start + random.Next(1, 400)));
            }
        }
    }

    [Fact]
    public void Constructed_texts_of_every_length_are_lexed_as_before()
    {
        var random = new Random(20261206);
        for (int n = 0; n < 20_000; n++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(1, 60);
            for (int k = 0; k < count; k++)
            {
                // Mostly ASCII words and spaces, as letters are, so that most windows are read as masks.
                text.Append(random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : Pieces[random.Next(7)] + " ");
            }

            string constructed = text.ToString();
            AssertSame(constructed, 0, constructed.Length);
            int start = random.Next(constructed.Length);
            AssertSame(constructed, start, random.Next(start, constructed.Length + 1));
        }
    }

    [Fact]
    public void Ranges_at_white_space_are_lexed_as_their_own_lexes_together()
    {
        string text = string.Concat(Enumerable.Repeat("On March 3, 2016 the injured worker (T9) treat-\nment abcdefghijklmnopqrstuvwxyzABCDEFGH x. ", 6));
        var starts = Enumerable.Range(0, text.Length).Where(at => at == 0 || text[at - 1] == ' ').ToArray();
        var random = new Random(7);
        for (int n = 0; n < 500; n++)
        {
            var cuts = starts.OrderBy(_ => random.Next()).Take(4).Order().ToArray();
            (int, int)[] ranges = [(cuts[0], cuts[1]), (cuts[2], cuts[3])];
            using var actual = WordLexer.Lex(text, ranges);
            using var first = CharacterWordLexer.Lex(text, cuts[0], cuts[1], CharacterWordLexer.Buffers.Kept);
            using var second = CharacterWordLexer.Lex(text, cuts[2], cuts[3], CharacterWordLexer.Buffers.Kept);
            actual.Tokens.ToArray().ShouldBe([.. first.Tokens.ToArray(), .. second.Tokens.ToArray()]);
        }
    }

    private static void AssertSame(string text, int start, int end)
    {
        using var expected = CharacterWordLexer.Lex(text, start, end, CharacterWordLexer.Buffers.Kept);
        using var actual = WordLexer.Lex(text, start, end);
        string shown = text.Length <= 80 ? text : text[..80] + "...";
        actual.Tokens.ToArray().ShouldBe(expected.Tokens.ToArray(), shown);
        actual.DateAnchors.ToArray().ShouldBe(expected.DateAnchors.ToArray(), shown);
        for (int i = 0; i < actual.Count; i++)
        {
            actual.Chars(text, i).ToString().ShouldBe(expected.Chars(text, i).ToString(), shown);
        }
    }
}
