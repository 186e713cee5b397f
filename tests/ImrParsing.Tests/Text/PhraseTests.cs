using ImrParsing.Text;

namespace ImrParsing.Tests.Text;

public sealed class PhraseTests
{
    [Theory]
    [InlineData("Decision rationale: The", "Decision rationale:", 19)]
    [InlineData("DECISION   RATIONALE: x", "Decision rationale:", 21)]
    [InlineData("IMR\u00A0ISSUES,\u00A0DECISIONS", "IMR ISSUES, DECISIONS", 21)]
    [InlineData("was the original\nrequest.", "was the original request", 24)]
    [InlineData("Decision rationales", "Decision rationale:", -1)]
    [InlineData("Decisionrationale:", "Decision rationale:", -1)]
    [InlineData("Decision", "Decision rationale:", -1)]
    [InlineData("Decision rationale :  The", "Decision rationale:", 20)]
    [InlineData("MAXIMUS guideline   : x", "MAXIMUS guideline:", 21)]
    [InlineData("Decision rationale is", "Decision rationale:", -1)]
    [InlineData("Decision rationale ", "Decision rationale:", -1)]
    public void MatchLength_ignores_case_and_the_width_of_white_space(string text, string phrase, int expected) =>
        Phrase.MatchLength(text, phrase).ShouldBe(expected);

    [Theory]
    [InlineData("Decision rat ionale: The", "Decision rationale:", 20)]
    [InlineData("The original request f or a knee brace", "The original request for", 25)]
    [InlineData("MAXIMUS guide line: x", "MAXIMUS guideline:", 19)]
    [InlineData("Decision rat  ionale:", "Decision rationale:", -1)]
    [InlineData("Decision rat\nionale:", "Decision rationale:", -1)]
    [InlineData("Decision r ationale is", "Decision rationale:", -1)]
    [InlineData("Date d: 1/2/2016", "Dated:", -1)]
    [InlineData("Decision rationale", "Decision ration ale", -1)]
    public void The_form_s_phrases_match_with_one_space_inside_a_word_of_a_long_phrase(string text, string phrase, int expected) =>
        Phrase.MatchLength(text, phrase, spacedWords: true).ShouldBe(expected);

    [Theory]
    [InlineData("Electro acupuncture to the low back", "Electroacupuncture")]
    [InlineData("Decision rat ionale: The", "Decision rationale:")]
    public void Other_phrases_match_their_words_exactly(string text, string phrase) =>
        Phrase.MatchLength(text, phrase).ShouldBe(-1);

    [Fact]
    public void IndexOf_finds_the_first_match_and_its_length()
    {
        const string text = "Baclofen 100mg #30 was the original\nrequest. Baclofen";

        Phrase.IndexOf(text, "was the original request", out int length).ShouldBe(19);
        length.ShouldBe(24);
        Phrase.IndexOf(text, "was authorized", out _).ShouldBe(-1);
    }

    [Theory]
    [InlineData('a', 'A', true)]
    [InlineData('z', 'Z', true)]
    [InlineData('@', '`', false)]
    [InlineData('[', '{', false)]
    [InlineData('é', 'É', false)]
    public void EqualsIgnoreAsciiCase_folds_only_ascii_letters(char a, char b, bool expected) =>
        Phrase.EqualsIgnoreAsciiCase(a, b).ShouldBe(expected);
}
