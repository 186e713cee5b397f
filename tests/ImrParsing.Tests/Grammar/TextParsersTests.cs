using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Tests.Infrastructure;
using Pidgin;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Tests.Grammar;

/// <summary>The combinators the semantic readers are built of: lookahead guards, bounded searches, chains and ordered forms.</summary>
public sealed class TextParsersTests
{
    private static readonly Parser<char, Unit> Year = Digit.Repeat(4).IgnoreResult();

    [Fact]
    public void At_and_NotAt_consume_nothing()
    {
        GrammarAssert.Parses(PidginTextParsers.At(TextParsers.Phrase("MTUS")).Then(PidginTextParsers.Rest), "MTUS Knee").Start.ShouldBe(0);
        GrammarAssert.Fails(PidginTextParsers.At(TextParsers.Phrase("MTUS")), "Non-MTUS");
        GrammarAssert.Parses(PidginTextParsers.NotAt(TextParsers.Phrase("MTUS")).Then(PidginTextParsers.Rest), "Non-MTUS").Start.ShouldBe(0);
        GrammarAssert.Fails(PidginTextParsers.NotAt(TextParsers.Phrase("MTUS")), "MTUS Knee");
    }

    [Theory]
    [InlineData("Low Back Complaints 2004, Section(s)", "Low Back Complaints ")]
    [InlineData("2004", "")]
    public void UpTo_stops_where_its_rule_matches(string text, string expected) =>
        text.Slice(GrammarAssert.Parses(PidginTextParsers.UpTo(Year), text)).ShouldBe(expected);

    [Theory]
    [InlineData("Chronic Pain Treatment Guidelines (Effective July 18, 2009)")]
    [InlineData("no year here")]
    public void UpTo_fails_at_a_barrier_or_without_a_match(string text)
    {
        var rule = PidginTextParsers.UpTo(Year, "(").Or(PidginTextParsers.Rest.Select(_ => new OffsetRange(-1, -1)));

        GrammarAssert.Parses(rule, text).ShouldBe(new OffsetRange(-1, -1));
    }

    [Fact]
    public void Chain_leaves_a_separator_that_no_item_follows()
    {
        var pages = PidginTextParsers.Chain(PidginTextParsers.Captured(Digit.AtLeastOnce()), Char(',').Then(TextParsers.Space));
        var rule = Map((found, rest) => (found, rest), pages, PidginTextParsers.Rest);

        var (found, rest) = GrammarAssert.Parses(rule, "298,Chronic Pain");

        "298,Chronic Pain".Slices(found).ShouldBe(["298"]);
        "298,Chronic Pain".Slice(rest).ShouldBe(",Chronic Pain");
    }

    [Fact]
    public void FirstMatch_tries_the_next_form_after_one_that_read_some_text()
    {
        var chapter = TextParsers.Phrase("Chapter ").Then(Digit).Select(_ => "chapter");
        var title = PidginTextParsers.Rest.Select(_ => "title");

        GrammarAssert.Parses(TextParsers.FirstMatch([chapter, title]), "Chapter Twelve").ShouldBe("title");
        GrammarAssert.Parses(TextParsers.FirstMatch([chapter, title]), "Chapter 12").ShouldBe("chapter");
    }

    [Fact]
    public void Occurrences_finds_matches_at_word_starts_only()
    {
        const string text = "not necessary, cannot, knot not";

        text.Slices(GrammarAssert.Parses(PidginTextParsers.Occurrences(PidginTextParsers.Captured(TextParsers.Phrase("not"))), text))
            .ShouldBe(["not", "not"]);
    }

    [Fact]
    public void AtMost_reads_no_further_than_its_bound()
    {
        var words = PidginTextParsers.AtMost(TextParsers.Space.Then(Letter.AtLeastOnce()), 2);
        var rule = Map((count, rest) => (count, rest), words, PidginTextParsers.Rest);

        var (count, rest) = GrammarAssert.Parses(rule, " is not seen as");

        count.ShouldBe(2);
        " is not seen as".Slice(rest).ShouldBe(" seen as");
    }

    [Theory]
    [InlineData("2016-11-09", "2016")]
    [InlineData("7", "7")]
    public void Digits_reads_the_whole_run_of_ascii_digits(string text, string expected)
    {
        GrammarAssert.Parses(TextParsers.Digits, text).ShouldBe(expected);
        GrammarAssert.Parses(PidginTextParsers.SkipDigits.Then(PidginTextParsers.Rest), text).Start.ShouldBe(expected.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x12")]
    [InlineData("\u0661\u0662")]
    public void Digits_fails_without_consuming_where_no_ascii_digit_starts(string text)
    {
        string input = System.Text.RegularExpressions.Regex.Unescape(text);

        GrammarAssert.Fails(TextParsers.Digits, input);
        GrammarAssert.Parses(TextParsers.Digits.Select(_ => 0).Or(TextParsers.Offset), input).ShouldBe(0, "nothing was consumed");
    }

    [Fact]
    public void Letters_reads_a_word_of_any_script_and_stops_at_the_rest()
    {
        GrammarAssert.Parses(TextParsers.Letters, "Décembre 9").ShouldBe("Décembre");
        GrammarAssert.Fails(TextParsers.Letters, " December");
        GrammarAssert.Parses(TextParsers.Letters.Then(TextParsers.Offset), "Dec. 9").ShouldBe(3);
    }

    [Fact]
    public void AnyOf_reads_one_character_of_its_set()
    {
        GrammarAssert.Parses(TextParsers.AnyOf("/-"), "-16").ShouldBe('-');
        GrammarAssert.Parses(TextParsers.AnyOf("/-"), "/16").ShouldBe('/');
        GrammarAssert.Fails(TextParsers.AnyOf("/-"), ".16");
        GrammarAssert.Fails(TextParsers.AnyOf("/-"), "");
    }

    [Fact]
    public void FirstMatch_of_phrases_reads_like_OneOf_and_starts_only_where_one_can()
    {
        var phrases = TextParsers.FirstMatch([TextParsers.Phrase("pages"), TextParsers.Phrase("page"), TextParsers.Phrase("p.")]);
        var oneOf = OneOf(TextParsers.Phrase("pages"), TextParsers.Phrase("page"), TextParsers.Phrase("p."));

        foreach (string text in new[] { "pages 98", "page 98", "p. 98", "Page(s): 98", "pp. 98", "98" })
        {
            var expected = oneOf.Then(TextParsers.Offset).Parse(text);
            var actual = phrases.Then(TextParsers.Offset).Parse(text);
            actual.Success.ShouldBe(expected.Success, text);
            if (expected.Success)
            {
                actual.Value.ShouldBe(expected.Value, text);
            }
        }

        // The scan skips to the places a phrase can start: a run of text without a 'p' holds no stop.
        "see page 98".Slice(GrammarAssert.Parses(PidginTextParsers.UpTo(phrases), "see page 98")).ShouldBe("see ");
    }
}
