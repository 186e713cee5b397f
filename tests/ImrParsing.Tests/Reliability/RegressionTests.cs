using ImrParsing.Diagnostics;

namespace ImrParsing.Tests.Reliability;

/// <summary>Each problem the reliability work found, kept as the input that showed it (see fuzz/README.md).</summary>
public sealed class RegressionTests
{
    [Fact]
    public void Thousands_of_header_labels_and_values_are_paired_in_reading_order()
    {
        // Found with the pathological inputs: every value was tried against every waiting label, so
        // 8,000 "Case Number:" lines and 8,000 words took two minutes. Constructed: 20,000 labels, then
        // 10,000 words that fit none (the first, right after the last label, is that label's invalid
        // value), then 10,000 case numbers that pair with the first 10,000 labels.
        string text = string.Concat(Enumerable.Repeat("Case Number:\n", 20_000)) +
                      string.Concat(Enumerable.Repeat("pending\n", 10_000)) +
                      string.Concat(Enumerable.Repeat("CM16-0213037\n", 10_000));

        var document = ImrDocument.Parse(text);

        document.Header!.CaseNumber!.Value.ShouldBe("CM16-0213037");
        document.Header.CaseNumber.Span.Line.ShouldBe(40_000, "the last value pairs last");
        document.Diagnostics.Count(d => d.Code == ImrDiagnostics.InvalidHeaderValue.Code).ShouldBe(1);
        document.Diagnostics.Count(d => d.Code == ImrDiagnostics.UnpairedHeaderValue.Code).ShouldBe(9_999);
        var missing = document.Diagnostics.Where(d => d.Code == ImrDiagnostics.MissingHeaderValue.Code).ToList();
        missing.Count.ShouldBe(9_999);
        missing[0].Span.Line.ShouldBe(10_001, "the labels left waiting are 10,001 to 19,999, reported in reading order");
        missing[^1].Span.Line.ShouldBe(19_999);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_right_after_its_label_is_still_reported_as_invalid()
    {
        // Constructed, beside the fix above: "Date Assigned: pending" names the label it was meant for.
        var document = ImrDocument.Parse("Case Number: CM16-0213037\nDate Assigned: pending\nHOW THE IMR FINAL DETERMINATION WAS MADE\nText.\n");

        document.Diagnostics.ShouldContain(d => d.Code == ImrDiagnostics.InvalidHeaderValue.Code && d.Message.Contains("Date Assigned", StringComparison.Ordinal));
        document.Header!.CaseNumber!.Value.ShouldBe("CM16-0213037");
    }

    [Fact]
    public void Digits_of_other_scripts_are_not_read_as_numbers()
    {
        // Found while replacing the digit rules with a vectorized run: the date, citation and quantity
        // rules took any Unicode digit (Pidgin's Digit) and then int.Parse threw a FormatException on
        // "١٠". Constructed from a real letter, every ASCII digit replaced by its Arabic-Indic one.
        string letter = Infrastructure.Corpus.Read("dwc-2016/CM16-0213037");
        string arabicIndic = string.Concat(letter.Select(c => char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c));

        var document = ImrDocument.Parse(arabicIndic);

        document.Items.ShouldNotBeEmpty("the structure does not depend on the digits");
        document.CaseSummary!.Dates.ShouldBeEmpty("no date is written in ASCII digits");
        document.Header!.CaseNumber.ShouldBeNull("a case number is written in ASCII digits");
    }

    [Fact]
    public void A_licensure_label_wrapped_over_a_lone_carriage_return_gives_a_document()
    {
        // Found by AFL++ (issue 17; kept in FuzzInputs/crash-licensure-label-wrapped-at-a-lone-cr): the
        // label was matched across the line break to find where its list starts, but the list ended
        // with the label's first line, because the line after it holds a full stop; the list ended
        // before it started and Split threw ArgumentOutOfRangeException. Wrapped, it reads as unwrapped.
        const string Heading = "HOW THE IMR FINAL DETERMINATION WAS MADE\n";

        var wrapped = ImrDocument.Parse(Heading + "State(s)\rof Licensure:.");

        var unwrapped = ImrDocument.Parse(Heading + "State(s) of Licensure:.");
        wrapped.Reviewer!.LicensureStates.Select(state => state.Value).ShouldBe(unwrapped.Reviewer!.LicensureStates.Select(state => state.Value));
        wrapped.Diagnostics.Select(d => d.Code).ShouldBe(unwrapped.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void A_label_wrapped_before_a_decisions_section_without_its_heading_keeps_its_value(string lineBreak)
    {
        // Found by AFL++ (issue 17; FuzzInputs/crash-licensure-label-spaced-colon-after-a-lone-cr): the
        // decisions section, its heading lost, was cut out starting at the label's wrapped rest, taken
        // for the first item's request; the credentials reader then matched the label past its section's end.
        string letter = "HOW THE IMR FINAL DETERMINATION WAS MADE\nState(s)" + lineBreak + "of Licensure   : California\n"
            + "Physical therapy 2 times a week:  Upheld\nClaims Administrator guideline: Decision based on MTUS.\n";

        var document = ImrDocument.Parse(letter);

        document.Reviewer!.LicensureStates.Select(state => state.Value).ShouldBe(["California"]);
        document.Items.ShouldHaveSingleItem().Request!.Value.ShouldBe("Physical therapy 2 times a week");
        document.Diagnostics.ShouldContain(d => d.Code == "IMR1009");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void A_wrapped_credentials_label_reads_the_list_that_follows_it_on_its_second_line(string lineEnd)
    {
        // Constructed in the letters' style, the licensure label wrapped where a narrow extractor
        // wraps it, and a full stop on its second line (the case above, with states).
        var reviewer = ImrDocument.Parse(
            $"HOW THE IMR FINAL DETERMINATION WAS MADE\nState(s){lineEnd}of Licensure: California, Washington D.C.\nCertification(s)/Specialty: Internal Medicine\n").Reviewer!;

        reviewer.LicensureStates.Select(state => state.Value).ShouldBe(["California", "Washington D.C."]);
        reviewer.Specialties.ShouldHaveSingleItem().Value.ShouldBe("Internal Medicine");
    }
}
