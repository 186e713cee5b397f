using ImrParsing.Benchmarks;
using ImrParsing.Lexing;

namespace ImrParsing.Tests.Lexing;

/// <summary>
/// Token lists keep their buffers for the thread's next lex: the tokens are those of the lexer that
/// rented buffers at each lex (<see cref="CharacterWordLexer"/>) however lexes nest, grow or are
/// disposed, and two lists alive at once never share a buffer.
/// </summary>
public sealed class TokenListBufferTests
{
    [Fact]
    public void The_corpus_lexed_whole_and_by_paragraph_inside_its_lex_is_lexed_as_before()
    {
        foreach (string name in Infrastructure.Corpus.AllTexts)
        {
            string text = Infrastructure.Corpus.Read(name);
            using var whole = WordLexer.Lex(text);
            int start = 0;
            foreach (string paragraph in text.Split("\n\n"))
            {
                // Paragraphs of every size, each while the whole letter's list and another are alive.
                using var inner = WordLexer.Lex(text, start, start + paragraph.Length);
                using var nested = WordLexer.Lex(paragraph);
                AssertSame(text, inner, CharacterWordLexer.Lex(text, start, start + paragraph.Length));
                AssertSame(paragraph, nested, CharacterWordLexer.Lex(paragraph));
                start += paragraph.Length + 2;
            }

            AssertSame(text, whole, CharacterWordLexer.Lex(text));
        }
    }

    [Fact]
    public void A_disposed_list_lends_its_buffers_to_the_next_lex_on_the_thread()
    {
        var first = WordLexer.Lex("The injury of March 3, 2016.");
        var buffer = first.TokenBuffer;
        first.Dispose();
        using var next = WordLexer.Lex("Dec 1");
        next.TokenBuffer.ShouldBeSameAs(buffer);
        next.Count.ShouldBe(2);
    }

    [Fact]
    public void Lists_alive_at_once_have_buffers_of_their_own()
    {
        using var outer = WordLexer.Lex("one two three");
        using var inner = WordLexer.Lex("four five");
        inner.TokenBuffer.ShouldNotBeSameAs(outer.TokenBuffer);
        inner.DateAnchorBuffer.ShouldNotBeSameAs(outer.DateAnchorBuffer);
        outer.Count.ShouldBe(3);
        inner.Count.ShouldBe(2);
    }

    [Fact]
    public void A_list_disposed_twice_is_kept_once()
    {
        var list = WordLexer.Lex("once");
        list.Dispose();
        list.Dispose();
        using var first = WordLexer.Lex("first");
        using var second = WordLexer.Lex("second text");
        second.ShouldNotBeSameAs(first);
        second.TokenBuffer.ShouldNotBeSameAs(first.TokenBuffer);
        first.Count.ShouldBe(1);
        second.Count.ShouldBe(2);
    }

    [Fact]
    public void A_lex_larger_than_the_kept_buffers_grows_them()
    {
        WordLexer.Lex("small").Dispose();
        string text = string.Join(" ", Enumerable.Range(0, 5_000).Select(n => n % 7 == 0 ? "March" : "word" + n));
        using var large = WordLexer.Lex(text);
        AssertSame(text, large, CharacterWordLexer.Lex(text));
    }

    [Fact]
    public void A_huge_lex_gives_its_buffers_back_to_the_shared_pool()
    {
        string text = string.Join(" ", Enumerable.Repeat("word 12.", 20_000));
        using (var huge = WordLexer.Lex(text))
        {
            AssertSame(text, huge, CharacterWordLexer.Lex(text));
        }

        for (int n = 0; n < 5; n++)
        {
            using var small = WordLexer.Lex("small");
            small.TokenBuffer.Length.ShouldBeLessThanOrEqualTo(1 << 16);
        }
    }

    [Fact]
    public void Joined_words_are_read_after_buffers_are_reused()
    {
        const string text = "the treat-\nment of March 3";
        for (int n = 0; n < 3; n++)
        {
            using var lexed = WordLexer.Lex(text);
            lexed.Chars(text, 1).ToString().ShouldBe("treatment");
            lexed.DateAnchors.ToArray().ShouldBe([3, 4]);
        }
    }

    private static void AssertSame(string text, TokenList actual, TokenList expectedList)
    {
        using var expected = expectedList;
        actual.Tokens.ToArray().ShouldBe(expected.Tokens.ToArray());
        actual.DateAnchors.ToArray().ShouldBe(expected.DateAnchors.ToArray());
        for (int i = 0; i < actual.Count; i++)
        {
            actual.Chars(text, i).ToString().ShouldBe(expected.Chars(text, i).ToString());
        }
    }
}
