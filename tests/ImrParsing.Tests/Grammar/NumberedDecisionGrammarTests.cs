using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Tests.Infrastructure;
using ImrParsing.Text;

namespace ImrParsing.Tests.Grammar;

/// <summary>
/// The numbered decisions of the older layouts and the phrasings of their prose credentials. The
/// sentences follow the layouts' form (issue 4's "1) MAXIMUS Federal Services, Inc. has determined
/// the request for ... is not medically necessary and appropriate."); the treatments in them are constructed.
/// </summary>
public sealed class NumberedDecisionGrammarTests
{
    [Theory]
    [InlineData("1) MAXIMUS", "1)")]
    [InlineData("2. Physical therapy", "2.")]
    [InlineData("(3) Whether", "(3)")]
    [InlineData("12.\nThe request", "12.")]
    public void An_item_number_and_the_space_after_it(string text, string number)
    {
        GrammarAssert.Parses(NumberedDecisionGrammar.Number, text).ShouldBe(number.Trim('(', ')', '.'));
        GrammarAssert.Parses(NumberedDecisionGrammar.Number.Then(Parser<char>.CurrentOffset), text).ShouldBe(number.Length + 1, "the number and the white space after it");
        NumberedDecisionGrammar.NumberLength(text).ShouldBe(number.Length);
    }

    [Theory]
    [InlineData("2.5 mg of")]
    [InlineData("1)MAXIMUS")]
    [InlineData("10/325 mg")]
    [InlineData("a) the")]
    [InlineData("(3 the")]
    [InlineData("4.")]
    public void Not_an_item_number(string text)
    {
        GrammarAssert.Fails(NumberedDecisionGrammar.Number, text);
        NumberedDecisionGrammar.NumberLength(text).ShouldBe(-1);
    }

    [Theory]
    [InlineData("MAXIMUS Federal Services, Inc. has determined the request for a 28 day\nfunctional restoration program is not medically necessary and appropriate.", "a 28 day\nfunctional restoration program", "not medically necessary", false)]
    [InlineData("MAXIMUS Federal Services, Inc. has determined the request for a 6 month\nfollow-up aftercare program is notmedically necessary and appropriate.", "a 6 month\nfollow-up aftercare program", "notmedically necessary", false)]
    [InlineData("MAXIMUS Federal Services, Inc. has determined that 12 sessions of aquatic therapy are medically necessary and appropriate.", "12 sessions of aquatic therapy", "medically necessary", true)]
    [InlineData("Physical therapy 2 times a week for 6 weeks for the right knee\nis not medically necessary and\nappropriate.", "Physical therapy 2 times a week for 6 weeks for the right knee", "not medically necessary", false)]
    [InlineData("The request for an MRI of the right knee is medically necessary and appropriate.", "an MRI of the right knee", "medically necessary", true)]
    public void A_decision_sentence_gives_its_request_and_verdict(string text, string request, string verdict, bool necessary)
    {
        // Read inside a larger text: the offsets are the letter's.
        string letter = "1. " + text + "\n2. next";
        int end = 3 + text.Length;
        var sentence = VerdictGrammar.Default.Sentence(letter, 3, end).ShouldNotBeNull();
        int start = NumberedDecisionGrammar.RequestStart(letter, 3, sentence.RequestEnd);

        letter[start..sentence.RequestEnd].ShouldBe(request);
        letter[sentence.VerdictStart..sentence.VerdictEnd].ShouldBe(verdict);
        (sentence.Decision == Syntax.Decision.Overturned).ShouldBe(necessary);
    }

    [Fact]
    public void A_sentence_without_a_verdict_is_no_decision()
    {
        const string text = "MAXIMUS Federal Services, Inc. has determined the request for a TENS unit.";
        VerdictGrammar.Default.Sentence(text, 0, text.Length).ShouldBeNull();
    }

    [Fact]
    public void A_verdict_past_the_end_is_not_read()
    {
        const string text = "Physical therapy is not medically necessary.";
        VerdictGrammar.Default.Sentence(text, 0, text.Length - 10).ShouldBeNull();
        VerdictGrammar.Default.Sentence(text, 0, text.Length)!.Value.RequestEnd.ShouldBe("Physical therapy".Length);
    }

    [Theory]
    [InlineData("Board Certified in Occupational Medicine and is licensed to practice in California.", "Occupational Medicine and ", null, "California")]
    [InlineData("board-certified in Anesthesiology with a subspecialty in Pain Medicine and is\nlicensed in California and Arizona. The", "Anesthesiology ", "Pain Medicine and ", "California and Arizona")]
    [InlineData("Board Certified in Orthopaedic Surgery, licensed to practice medicine in Nevada.", "Orthopaedic Surgery, ", null, "Nevada")]
    public void Credentials_in_the_older_layouts_phrasings(string text, string specialties, string? subspecialties, string states)
    {
        string letter = "The reviewer is " + text;
        var prose = CredentialsGrammar.Read(letter, 16, letter.Length).ShouldNotBeNull();

        letter[prose.Specialties.Start..prose.Specialties.End].ShouldBe(specialties);
        (prose.Subspecialties is { } sub ? letter[sub.Start..sub.End] : null).ShouldBe(subspecialties);
        letter[prose.States.Start..prose.States.End].ShouldBe(states);
    }

    [Theory]
    [InlineData(" x", 1)]
    [InlineData("\u00A0\n\tx", 3)]
    public void Required_space_skips_any_white_space(string text, int length) =>
        GrammarAssert.Parses(TextParsers.RequiredSpace.Then(TextParsers.Offset), text).ShouldBe(length);

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    public void Required_space_needs_at_least_one(string text) => GrammarAssert.Fails(TextParsers.RequiredSpace, text);

    [Fact]
    public void A_phrase_that_starts_with_a_space_is_found_after_a_line_break()
    {
        Phrase.IndexOf("a lumbar epidural\nis not medically necessary", " is not medically necessary", out int length).ShouldBe(17);
        length.ShouldBe(27);
    }
}
