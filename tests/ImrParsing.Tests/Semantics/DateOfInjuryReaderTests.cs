using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>The date of injury as the narratives state it: real sentences from the corpus.</summary>
public sealed class DateOfInjuryReaderTests
{
    private static (string Date, string Text)? Read(string text)
    {
        var found = DateOfInjuryReader.Find(text);
        return found is { } date
            ? (date.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text[date.Start..date.End])
            : null;
    }

    [Theory]
    [InlineData("The injured worker is a 56 year old female who sustained an industrial injury on 04/07/2014. Current diagnoses include", "2014-04-07", "04/07/2014")]
    [InlineData("This is a patient with a date of injury of March 18, 2013. A utilization review determination dated November 26, 2014", "2013-03-18", "March 18, 2013")]
    [InlineData("The injured worker is a 65 year old male with an industrial injury date of 10-16-2016. Medical record review", "2016-10-16", "10-16-2016")]
    [InlineData("This case involves a now 36-year-old female with a history of an occupational claim from 10/13/2016.", "2016-10-13", "10/13/2016")]
    [InlineData("This case involves a now 33-year-old male with a history of an occupational claim from 10/14/\n2016.", "2016-10-14", "10/14/\n2016")]
    [InlineData("This is a 78 year old male with a date of injury on 10-20-2016.", "2016-10-20", "10-20-2016")]
    [InlineData("The patient is a 47-year-old male who reported an injury on 07/18/2011. The patient is diagnosed with", "2011-07-18", "07/18/2011")]
    [InlineData("The injured worker is a 22-year-old male, with a reported date of injury of 10-12-2016.", "2016-10-12", "10-12-2016")]
    [InlineData("The injured worker is a 46 year old male who sustained an industrial injury October 10, 2016.", "2016-10-10", "October 10, 2016")]
    [InlineData("The injured worker is a 33 year old female who sustained a work related injury on October 21,\n2016, incurring neck", "2016-10-21", "October 21,\n2016")]
    [InlineData("The injured worker is a 37 year old female who sustained an industrial-work injury on 10-26-16.", "2016-10-26", "10-26-16")]
    [InlineData("The 58 year old female injured worker suffered an industrial injury on 10-27-2016. On 10-282016 the treating", "2016-10-27", "10-27-2016")]
    [InlineData("The injured worker is a 48-year-old female, who sustained an industrial injury on 9-29-1993.", "1993-09-29", "9-29-1993")]
    [InlineData("The injured worker is a 54 year old female who sustained an industrial injury on December 09,\n2016.", "2016-12-09", "December 09,\n2016")]
    public void The_date_of_injury_in_every_form(string text, string date, string written) => Read(text).ShouldBe((date, written));

    [Fact]
    public void A_claim_without_a_date_is_passed_over_for_the_injury_that_has_one() =>
        Read("The applicant is a 34-year-old male who has filed a claim for chronic low back pain (LBP) reportedly associated with " +
             "an industrial injury of October 10, 2015. In a utilization review report dated November 15, 2016, the claims administrator")
            .ShouldBe(("2015-10-10", "October 10, 2015"));

    [Theory]
    [InlineData("The patient was a 62 year old male who was seen on 7/23/2013 for low back and neck pain.")]
    [InlineData("The mechanism of injury is detailed as a slip and fall. On 10/27/2016, the patient reported feeling spasms")]
    public void A_narrative_that_does_not_state_it_gives_none(string text) => Read(text).ShouldBeNull();
}
