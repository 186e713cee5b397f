using ImrParsing.Lexing;
using ImrParsing.Text;

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

    [Theory]
    [InlineData("non-\nopioid treat-\r\n\n  ment", "nonopioid:0-11 treatment:12-27")]
    [InlineData("10-\n20-16 on", "1020:0-6 -:6-7 16:7-9 on:10-12")]
    [InlineData("10%-\nCyclo", "10:0-2 %:2-3 Cyclo:5-10")]
    [InlineData("a -\nb", "a:0-1 -:2-3 b:4-5")]
    [InlineData("-\nb", "-:0-1 b:2-3")]
    [InlineData("end-\n", "end:0-3 -:3-4")]
    [InlineData("ab-\n-\ncd", "abcd:0-8")]
    public void A_hyphen_at_a_line_end_is_dropped_and_joins_the_word_it_broke(string text, string expected) =>
        Described(text).ShouldBe(expected);

    // '^' stands for U+FFFE, PDFium's mark of a line-end hyphen, which test names cannot hold.
    [Theory]
    [InlineData("radicul^opathy x^\r\nray", "radiculopathy:0-14 xray:15-22")]
    [InlineData("a ^b end^", "a:0-1 ^:2-3 b:3-4 end:5-8 ^:8-9")]
    public void PDFium_s_mark_of_a_line_end_hyphen_joins_the_word_it_broke(string text, string expected) =>
        Described(text.Replace('^', HyphenLookalikes.JoinedLineEnd)).Replace(HyphenLookalikes.JoinedLineEnd, '^').ShouldBe(expected);

    [Fact]
    public void A_joined_word_is_keyed_and_anchored_by_its_joined_characters()
    {
        const string text = "seen in Sep-\ntember on 10-13-\n2016";
        using var tokens = WordLexer.Lex(text);
        var anchors = tokens.DateAnchors.ToArray().Select(index => tokens.Chars(text, index).ToString());
        anchors.ShouldBe(["September", "10", "132016"]);
        WordKeys.Month(tokens.Tokens[tokens.DateAnchors[0]].Key).ShouldBe(9);
    }

    [Fact]
    public void Lexes_a_range_of_a_text_with_the_texts_offsets_and_no_hyphen_join_past_its_end()
    {
        const string text = "before. injury on 10-\n13-16 after";
        int end = text.IndexOf("13", StringComparison.Ordinal);
        using var tokens = WordLexer.Lex(text, 8, end);
        var described = Enumerable.Range(0, tokens.Count).Select(index => $"{tokens.Chars(text, index).ToString()}@{tokens.Tokens[index].Start}");
        string.Join(" ", described).ShouldBe("injury@8 on@15 10@18 -@20");
    }

    [Fact]
    public void A_phrase_matches_whole_words_with_its_spacing_and_anchors_come_from_its_first_word()
    {
        const string text = "The injured\nworker, an injured-worker and the INJURED WORKERS";
        using var tokens = WordLexer.Lex(text);
        var lexed = new LexedText(text, tokens);
        var phrase = new TokenPhrase("injured worker");
        using var anchors = new WordAnchors([(phrase.FirstWord, 1), ("the", 2)]).Find(lexed);

        var found = new List<string>();
        for (int k = 0; k < anchors.Count; k++)
        {
            int token = anchors.Tokens[k];
            found.Add($"{anchors.Rules[k]}:{lexed.Chars(token).ToString()}:{phrase.Match(lexed, token)}");
        }

        found.ShouldBe(["2:The:-1", "1:injured:3", "1:injured:-1", "2:the:-1", "1:INJURED:-1"]);
    }

    [Theory]
    [InlineData("Low Back \u2013 Lumbar", "LOW BACK \u2013 LUMBAR spine", 4)]
    [InlineData("Low Back \u2013 Lumbar", "Low Back - Lumbar", -1)]
    [InlineData("Caf\u00E9 visits", "caf\u00E9 visits", 2)]
    [InlineData("Caf\u00E9 visits", "CAF\u00C9 visits", -1)]
    public void A_phrase_word_past_ASCII_matches_itself_and_only_its_ASCII_letters_ignore_case(string phrase, string text, int expected)
    {
        using var tokens = WordLexer.Lex(text);

        new TokenPhrase(phrase).Match(new LexedText(text, tokens), 0).ShouldBe(expected);
    }

    [Fact]
    public void Runs_are_maximal_and_their_kinds_follow_their_characters_on_constructed_text()
    {
        // ASCII, letters and digits past it ("é", "ſ", "Ω", "١", "５"), a combining mark, spaces and marks.
        const string alphabet = "aZ09 .-/,é\u017F\u03A9\u0661\uFF15\u0301\u00A0\n";
        var random = new Random(20161206);
        for (int sample = 0; sample < 5000; sample++)
        {
            string text = new([.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            using var tokens = WordLexer.Lex(text);
            for (int index = 0; index < tokens.Count; index++)
            {
                // A word broken by a line-end hyphen is kinded by its joined characters.
                var token = tokens.Tokens[index];
                var chars = tokens.Chars(text, index);
                if (token.Kind == TokenKind.Punctuation)
                {
                    chars.Length.ShouldBe(1, text);
                    char.IsLetterOrDigit(chars[0]).ShouldBeFalse(text);
                    continue;
                }

                bool maximal = (token.Start == 0 || !char.IsLetterOrDigit(text[token.Start - 1])) && (token.End == text.Length || !char.IsLetterOrDigit(text[token.End]));
                maximal.ShouldBeTrue(text);
                var expected = !chars.ContainsAnyExceptInRange('0', '9') ? TokenKind.Number
                    : chars.ToArray().All(char.IsLetter) ? TokenKind.Word
                    : TokenKind.Mixed;
                token.Kind.ShouldBe(expected, text);
            }
        }
    }

    // Each token's characters (joined across line-end hyphens) and its range: "nonopioid:0-11 treatment:12-27".
    private static string Described(string text)
    {
        using var tokens = WordLexer.Lex(text);
        return string.Join(" ", Enumerable.Range(0, tokens.Count).Select(index =>
            $"{tokens.Chars(text, index).ToString()}:{tokens.Tokens[index].Start}-{tokens.Tokens[index].End}"));
    }
}
