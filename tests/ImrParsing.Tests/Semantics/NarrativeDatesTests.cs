using ImrParsing.Parsers;
using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>Every date a narrative states, in all the corpus's forms; real sentences unless marked constructed.</summary>
public sealed class NarrativeDatesTests
{
    private static string[] Dates(string text) =>
        NarrativeDates.Find(text).Select(date => date.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Theory]
    [InlineData("The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16. The", "2016-10-13")]
    [InlineData("The injured worker is a 56 year old female who sustained an industrial injury on 04/07/2014.", "2014-04-07")]
    [InlineData("This case involves a now 33-year-old male with a history of an occupational claim from 10/14/ 2016.", "2016-10-14")]
    [InlineData("The injured worker is a 48-year-old female, who sustained an industrial injury on 9-29-1993.", "1993-09-29")]
    [InlineData("This is a patient with a date of injury of March 18, 2013.", "2013-03-18")]
    [InlineData("The injured worker is a 54 year old female who sustained an industrial injury on December 09,\n2016.", "2016-12-09")]
    [InlineData("reportedly associated with an industrial injury of November 2, 2016.In a utilization review report dated January 20, 2017,", "2016-11-02 2017-01-20")]
    [InlineData("Medical records (10-26-2016 to 12-07-2016) indicate ongoing low back pain.", "2016-10-26 2016-12-07")]
    [InlineData("On 9-1-15, she reported migraine headaches.", "2015-09-01")]
    [InlineData("Treatments were noted to include: diagnostics; lumbar CT (3-21-13); physical therapy (PT);", "2013-03-21")]
    [InlineData("The medical records listed her birthdate as 03-17-1956 and 03-17-1965.", "1956-03-17 1965-03-17")]
    [InlineData("Subjective findings (12-19-16 and 12-29-16) indicated pain in the lower back, left hip and left knee.", "2016-12-19 2016-12-29")]
    public void Dates_in_every_written_form(string text, string expected) => Dates(text).ShouldBe(expected.Split(' '));

    [Theory]
    [InlineData("According to the hospitalist progress note dated 10-302016, the injured worker's pain was fairly well controlled.", "2016-10-30")]
    [InlineData("According to the hospitalist progress note dated 10-30-\n2016, the injured worker's pain was fairly well controlled.", "2016-10-30")]
    [InlineData("The PR2 dated 1020-16 indicated 7 out of 10 right elbow pain.", "2016-10-20")]
    [InlineData("The PR2 dated 10-\n20-16 indicated 7 out of 10 right elbow pain.", "2016-10-20")]
    [InlineData("The injured worker is working with restrictions. On (11-2816) the injured worker was evaluated", "2016-11-28")]
    [InlineData("Ketoprofen since at least October 2016.On 1-1217, she complained of ongoing pain in the low back.", "2017-01-12")]
    [InlineData("medication therapy including Robaxin since at least 11-816.On 11-29-16, he complained of ongoing pain", "2016-11-08 2016-11-29")]
    [InlineData("Objective data (10-17-2016 and 0117-2017) included low back pain", "2016-10-17 2017-01-17")]
    [InlineData("The treatment plan for date of service 11-2216 included a request", "2016-11-22")]
    [InlineData("A review of the submitted documentation, with a decision date of 0105-2017, modified the request", "2017-01-05")]
    [InlineData("The Utilization Review dated 1231-16, denied the request", "2016-12-31")]
    public void Dates_whose_line_end_hyphen_an_extractor_joined(string text, string expected) => Dates(text).ShouldBe(expected.Split(' '));

    [Theory]
    [InlineData("it is requested to authorize by insurance; if not, Percocet 5-325mg 1-2 tablets every 6 hours", "real: a dose")]
    [InlineData("Medications have included: Norco 10-325mg, Ketoprofen", "real: a dose")]
    [InlineData("a 30 day supply of Trezix capsules 320.5-30-16mg to 5 capsules", "real: a dose")]
    [InlineData("MRI of the cervical spine (12-2016), at least one prior chiropractic session", "real: a month and year")]
    [InlineData("The left knee range of motion is 0-120 degrees, a positive McMurray's test", "real: a range")]
    [InlineData("Pain was moderate and frequent (50-74% of the time).", "real: a range")]
    [InlineData("On December 9, 3026, a request for", "real: a typing error in the year")]
    [InlineData("medication therapy including Cyclobenzaprine, Ketoprofen since at least October 2016.", "real: a month and year")]
    [InlineData("Norco 10-325 mg one tablet", "constructed: a dose that reads as 10-3-25, with no word that introduces a date")]
    [InlineData("On 11-2016 the patient", "constructed: glued 11-20-16, or November 2016")]
    [InlineData("On 111-16 the patient", "constructed: glued 1-11-16 or 11-1-16")]
    [InlineData("On 12-14 the patient", "constructed: glued 1-2-14, or a range")]
    public void Numbers_that_are_not_one_date_give_none(string text, string why) => Dates(text).ShouldBeEmpty(why);

    [Fact]
    public void Each_date_keeps_its_form_and_points_at_its_words_in_the_input()
    {
        const string text = "dated 10-30-\n2016, then on March 18, 2013 and 10/14/ 2016";

        var found = NarrativeDates.Find(text);

        found.Select(date => date.Form).ShouldBe([DateForm.Glued, DateForm.Named, DateForm.Numeric]);
        found.Select(date => text[date.Start..date.End]).ShouldBe(["10-30-\n2016", "March 18, 2013", "10/14/ 2016"]);
    }
}
