using ImrParsing.Lexing;

namespace ImrParsing.Tests.Lexing;

/// <summary>The word lexer: token kinds, offsets, the space before a token, month keys and the date anchors.</summary>
public sealed class WordLexerTests
{
    [Fact]
    public void Splits_words_numbers_mixed_runs_and_punctuation_with_their_offsets()
    {
        const string text = "On 10/14/ 2016, T9-10 (ſept) Dec.";
        using var tokens = WordLexer.Lex(text);
        var described = tokens.Tokens.ToArray().Select(token => $"{text.Substring(token.Start, token.Length)}:{token.Kind}{(token.SpaceBefore ? "+space" : "")}");
        string.Join(" ", described).ShouldBe(
            "On:Word 10:Number+space /:Punctuation 14:Number /:Punctuation 2016:Number+space ,:Punctuation "
            + "T9:Mixed+space -:Punctuation 10:Number (:Punctuation+space ſept:Word ):Punctuation Dec:Word+space .:Punctuation");
    }

    [Theory]
    [InlineData("March", 3)]
    [InlineData("MAR", 3)]
    [InlineData("sept", 9)]
    [InlineData("September", 9)]
    [InlineData("Septe", 0)]
    [InlineData("Mayo", 0)]
    [InlineData("injury", 0)]
    public void Month_names_and_their_abbreviations_have_keys_that_name_the_month(string word, int month) =>
        WordKeys.Month(WordKeys.Of(word)).ShouldBe(month);

    [Fact]
    public void Anchors_dates_at_numbers_and_month_names_only()
    {
        const string text = "seen in March and on 10-13-16 for T9 pain";
        using var tokens = WordLexer.Lex(text);
        var anchors = tokens.DateAnchors.ToArray().Select(index => text.Substring(tokens.Tokens[index].Start, tokens.Tokens[index].Length));
        anchors.ShouldBe(["March", "10", "13", "16"]);
    }
}
