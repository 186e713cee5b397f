using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Tests.Infrastructure;
using Pidgin;
using static Pidgin.Parser;

namespace ImrParsing.Tests.Grammar;

/// <summary>The combinators the semantic readers are built of: lookahead guards, bounded searches, chains and ordered forms.</summary>
public sealed class TextParsersTests
{
    private static readonly Parser<char, Unit> Year = Digit.Repeat(4).IgnoreResult();

    [Fact]
    public void At_and_NotAt_consume_nothing()
    {
        GrammarAssert.Parses(TextParsers.At(TextParsers.Phrase("MTUS")).Then(TextParsers.Rest), "MTUS Knee").Start.ShouldBe(0);
        GrammarAssert.Fails(TextParsers.At(TextParsers.Phrase("MTUS")), "Non-MTUS");
        GrammarAssert.Parses(TextParsers.NotAt(TextParsers.Phrase("MTUS")).Then(TextParsers.Rest), "Non-MTUS").Start.ShouldBe(0);
        GrammarAssert.Fails(TextParsers.NotAt(TextParsers.Phrase("MTUS")), "MTUS Knee");
    }

    [Theory]
    [InlineData("Low Back Complaints 2004, Section(s)", "Low Back Complaints ")]
    [InlineData("2004", "")]
    public void UpTo_stops_where_its_rule_matches(string text, string expected) =>
        text.Slice(GrammarAssert.Parses(TextParsers.UpTo(Year), text)).ShouldBe(expected);

    [Theory]
    [InlineData("Chronic Pain Treatment Guidelines (Effective July 18, 2009)")]
    [InlineData("no year here")]
    public void UpTo_fails_at_a_barrier_or_without_a_match(string text)
    {
        var rule = TextParsers.UpTo(Year, "(").Or(TextParsers.Rest.Select(_ => new OffsetRange(-1, -1)));

        GrammarAssert.Parses(rule, text).ShouldBe(new OffsetRange(-1, -1));
    }

    [Fact]
    public void Chain_leaves_a_separator_that_no_item_follows()
    {
        var pages = TextParsers.Chain(TextParsers.Captured(Digit.AtLeastOnce()), Char(',').Then(TextParsers.Space));
        var rule = Map((found, rest) => (found, rest), pages, TextParsers.Rest);

        var (found, rest) = GrammarAssert.Parses(rule, "298,Chronic Pain");

        "298,Chronic Pain".Slices(found).ShouldBe(["298"]);
        "298,Chronic Pain".Slice(rest).ShouldBe(",Chronic Pain");
    }

    [Fact]
    public void FirstMatch_tries_the_next_form_after_one_that_read_some_text()
    {
        var chapter = TextParsers.Phrase("Chapter ").Then(Digit).Select(_ => "chapter");
        var title = TextParsers.Rest.Select(_ => "title");

        GrammarAssert.Parses(TextParsers.FirstMatch([chapter, title]), "Chapter Twelve").ShouldBe("title");
        GrammarAssert.Parses(TextParsers.FirstMatch([chapter, title]), "Chapter 12").ShouldBe("chapter");
    }

    [Fact]
    public void Occurrences_finds_matches_at_word_starts_only()
    {
        const string text = "not necessary, cannot, knot not";

        text.Slices(GrammarAssert.Parses(TextParsers.Occurrences(TextParsers.Captured(TextParsers.Phrase("not"))), text))
            .ShouldBe(["not", "not"]);
    }

    [Fact]
    public void AtMost_reads_no_further_than_its_bound()
    {
        var words = TextParsers.AtMost(TextParsers.Space.Then(Letter.AtLeastOnce()), 2);
        var rule = Map((count, rest) => (count, rest), words, TextParsers.Rest);

        var (count, rest) = GrammarAssert.Parses(rule, " is not seen as");

        count.ShouldBe(2);
        " is not seen as".Slice(rest).ShouldBe(" seen as");
    }
}
