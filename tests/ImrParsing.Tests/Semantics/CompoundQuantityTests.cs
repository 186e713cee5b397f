using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// Every quantity of a request, each with what it counts, and numbers that name a procedure rather
/// than count it. Requests marked "constructed" were written for these tests in the letters' style.
/// </summary>
public sealed class CompoundQuantityTests
{
    [Theory]
    [InlineData("Three chiropractic visits for the neck and six chiropractic visits for the low back", "3:chiropractic visits for the neck|6:chiropractic visits for the low back")] // constructed
    [InlineData("Physical therapy 8 visits for the right shoulder and 4 visits for the left wrist", "8:visits for the right shoulder|4:visits for the left wrist")] // constructed
    [InlineData("Twelve acupuncture sessions plus two follow-up visits", "12:acupuncture sessions|2:follow-up visits")] // constructed
    [InlineData("Six sessions of aquatic therapy; six sessions of land-based therapy", "6:sessions of aquatic therapy|6:sessions of land-based therapy")] // constructed
    [InlineData("Twelve physical therapy sessions, three times weekly, for the right elbow", "12:physical therapy sessions")]
    [InlineData("Acupuncture therapy sessions lumbar spine #6", "6:")]
    public void Each_count_with_what_it_counts(string request, string expected)
    {
        var details = RequestReader.Default.Read(request);

        string.Join("|", details.Quantities.Select(quantity => $"{quantity.Count?.Value}:{quantity.Counted?.Value}")).ShouldBe(expected);
        details.Quantity.ShouldBe(details.Quantities[0]);
    }

    [Fact]
    public void A_compound_request_keeps_each_frequency_and_duration()
    {
        // Constructed.
        var quantities = RequestReader.Default.Read("Chiropractic care 2 times a week for 3 weeks for the neck and 1 time a week for 4 weeks for the low back").Quantities;

        quantities.Select(quantity => (quantity.Frequency?.Value, quantity.Duration?.Value)).ShouldBe([(2, 3), (1, 4)]);
    }

    [Theory]
    [InlineData("6 sessions 2 times a week for 3 weeks", 6, 2, 3)] // constructed
    [InlineData("Physical therapy x6", 6, null, null)] // constructed
    [InlineData("Twelve sessions of physical therapy 2 times a week for 6 weeks", 12, 2, 6)] // constructed
    public void A_single_quantity_stays_one(string request, int count, int? frequency, int? duration)
    {
        var quantity = RequestReader.Default.Read(request).Quantities.ShouldHaveSingleItem();

        (quantity.Count?.Value, quantity.Frequency?.Value, quantity.Duration?.Value).ShouldBe((count, frequency, duration));
    }

    [Fact]
    public void A_range_keeps_its_maximum() =>
        RequestReader.Default.Read("Acupuncture 6-8 visits for the low back").Quantities.ShouldHaveSingleItem() // constructed
            .CountMaximum?.Value.ShouldBe(8);

    [Theory]
    [InlineData("3D CT of the lumbar spine")] // constructed
    [InlineData("Two-view X-ray of the left knee")] // constructed
    [InlineData("2 view X-rays of the right ankle")] // constructed
    [InlineData("Level II ultrasound of the right shoulder")] // constructed
    [InlineData("Four-lead TENS unit for home use")] // constructed
    [InlineData("4 lead TENS unit purchase")] // constructed
    [InlineData("3 Tesla MRI of the cervical spine")] // constructed
    [InlineData("Three phase bone scan of the right foot")] // constructed
    public void A_number_in_a_procedures_name_is_no_count(string request) =>
        RequestReader.Default.Read(request).Quantities.ShouldBeEmpty();

    [Fact]
    public void A_number_in_a_name_beside_a_count_leaves_the_count() =>
        RequestReader.Default.Read("Two two-view X-rays of the knees").Quantity!.Count?.Value.ShouldBe(2); // constructed
}
