using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// Whole requests of the corpus decomposed: every form the issue lists, with the words each value
/// was read from. Spans index into the request, so a value's text is the request's substring.
/// </summary>
public sealed class RequestReaderTests
{
    [Theory]
    [InlineData("Physical therapy 2 times a week for 4 weeks for the lumbar spine", null, 2, "week", 4, "week")]
    [InlineData("Additional physical therapy two times four visits (8) for the lumbar and bilateral knees", 8, 2, null, 4, null)]
    [InlineData("Physical therapy 2x4", null, 2, null, 4, null)] // constructed: the issue's "2x4"
    [InlineData("Associated surgical service: Physical therapy, times 12", 12, null, null, null, null)]
    [InlineData("Twelve sessions for physical therapy", 12, null, null, null, null)]
    [InlineData("Four sessions of physical therapy two times a week times 2 weeks", 4, 2, "week", 2, "week")]
    [InlineData("Physical therapy to the lumbar spine 2 times a week for 2 weeks (4)", 4, 2, "week", 2, "week")]
    [InlineData("Twelve physical therapy sessions, three times weekly, for the right elbow", 12, 3, "week", null, null)]
    [InlineData("Physical therapy additional 3 visits per week for 2 weeks", null, 3, "week", 2, "week")]
    [InlineData("Daily RN for 4 weeks for wound care and monitoring of wound healing and home safety, medication management", null, 1, "day", 4, "week")]
    [InlineData("Acupuncture therapy sessions lumbar spine #6", 6, null, null, null, null)]
    [InlineData("NCV bilateral lower extremities QTY: 2", 2, null, null, null, null)]
    [InlineData("NCV of the bilateral lower extremities, 2", 2, null, null, null, null)]
    [InlineData("Associated surgical service: Cold compression therapy 30 day rental", null, null, null, 30, "day")]
    [InlineData("Oxycodone HCL ER 20mg #60 day supply: 30", null, null, null, 30, "day")]
    [InlineData("Three months coverage of Viagra 50mg", null, null, null, 3, "month")]
    public void Quantities_as_stated(string request, int? count, int? frequency, string? period, int? duration, string? unit)
    {
        var quantity = RequestReader.Default.Read(request).Quantity.ShouldNotBeNull();

        quantity.Count?.Value.ShouldBe(count!.Value);
        (quantity.Count is null).ShouldBe(count is null);
        quantity.Frequency?.Value.ShouldBe(frequency!.Value);
        (quantity.Frequency is null).ShouldBe(frequency is null);
        quantity.FrequencyPeriod?.Value.ToString().ToLowerInvariant().ShouldBe(period);
        (quantity.FrequencyPeriod is null).ShouldBe(period is null);
        quantity.Duration?.Value.ShouldBe(duration!.Value);
        (quantity.Duration is null).ShouldBe(duration is null);
        quantity.DurationUnit?.Value.ToString().ToLowerInvariant().ShouldBe(unit);
        (quantity.DurationUnit is null).ShouldBe(unit is null);
    }

    [Theory]
    [InlineData("MRI of the right shoulder without contrast")]
    [InlineData("Lumbar Spine Epidural Injection at L4-5 under fluoroscopy")]
    [InlineData("purchase of a bedside 3 in 1 commode")]
    [InlineData("MRI of the right shoulder (1.5 Tesla Closed)")]
    [InlineData("Voltaren gel apply to affected area 4 times a day, #60 grams with 1 refill, DOS: 11/11/2016")]
    [InlineData("Post-op Norco 5/325mg #60, 1-2 tabs orally every 4-6 hrs as needed")]
    public void Numbers_that_are_not_the_requests_quantity_give_none(string request) =>
        RequestReader.Default.Read(request).Quantity.ShouldBeNull();

    [Fact]
    public void Minutes_in_brackets_are_not_a_total()
    {
        var quantity = RequestReader.Default.Read("Twelve manual acupuncture visits (15 mins), 2 times weekly for 6 weeks").Quantity!;

        quantity.Count!.Value.Text.ShouldBe("Twelve");
        quantity.Frequency!.Value.Text.ShouldBe("2");
        quantity.Duration!.Value.Text.ShouldBe("6");
    }

    [Fact]
    public void A_range_keeps_its_maximum()
    {
        var quantity = RequestReader.Default.Read("Wound care nurse, 1-2 visits to evaluate right hip incision, treat, and demonstrate treatment").Quantity!;

        quantity.Count!.Value.Value.ShouldBe(1);
        quantity.CountMaximum!.Value.Value.ShouldBe(2);
        quantity.CountMaximum.Value.Text.ShouldBe("2");
    }

    [Fact]
    public void A_medication_with_directions_quantity_refills_and_date_of_service()
    {
        const string request = "Voltaren gel apply to affected area 4 times a day, #60 grams with 1 refill, DOS: 11/11/2016";
        var details = RequestReader.Default.Read(request);
        var medication = details.Medication.ShouldNotBeNull();

        details.Service!.Value.Value.ShouldBe("medication");
        medication.Drug!.Value.ShouldBe("Voltaren");
        medication.Form!.Value.ShouldBe("gel");
        medication.Strength.ShouldBeNull();
        medication.Directions!.Value.ShouldBe("apply to affected area 4 times a day");
        medication.Quantity!.Text!.Value.ShouldBe("#60 grams");
        medication.Quantity.Amount!.Value.Value.ShouldBe(60m);
        medication.Quantity.Unit!.Value.Value.ShouldBe("g");
        medication.Quantity.Unit.Value.Text.ShouldBe("grams");
        medication.Refills!.Value.Value.ShouldBe(1);
        details.DateOfService!.Value.Value.ShouldBe(new DateOnly(2016, 11, 11));
        details.DateOfService.Value.Text.ShouldBe("11/11/2016");
        details.Retrospective.ShouldBeTrue();
        details.Quantity.ShouldBeNull();
    }

    [Theory]
    [InlineData("Norco 10/325mg #35", "Norco", "10/325mg", null, "#35", null, null)]
    [InlineData("Soma 350 1 by mouth twice daily, #60", "Soma", "350", null, "#60", "1 by mouth twice daily", null)]
    [InlineData("Lidoderm patch, 12 hours on 12 hours off to affected area, #1 box with 1 refill, DOS: 11/11/2016", "Lidoderm", null, "patch", "#1 box", "12 hours on 12 hours off to affected area", 1)]
    [InlineData("Pantoprazole 40mg, one by mouth, twice a day #60 with one refill", "Pantoprazole", "40mg", null, "#60", "one by mouth, twice a day", 1)]
    [InlineData("Norco 5/325mg oral tablet, one tablet twice daily 14 days #40", "Norco", "5/325mg", "oral tablet", "#40", "one tablet twice daily 14 days", null)]
    [InlineData("Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16", "Cyclobenzaprine", "5mg", "tab", "#30", null, null)]
    [InlineData("Ketoprofen 20% in cream base 240g", "Ketoprofen", "20%", "cream base", "240g", null, null)]
    [InlineData("Retrospective Lidopro 4%-27.5%-0.0325% 121gm #1, per 12/07/2016 order", "Lidopro", "4%-27.5%-0.0325%", null, "121gm #1", null, null)]
    [InlineData("Synapryn (10mg/1ml oral suspension) 500ml", "Synapryn", "10mg/1ml", "oral suspension", "500ml", null, null)]
    [InlineData("Meloxicam (Mobic) 7.5mg #30", "Meloxicam (Mobic)", "7.5mg", null, "#30", null, null)]
    [InlineData("Diclofenac/misoprostol 75-0.2mg #60 with 2 refills", "Diclofenac/misoprostol", "75-0.2mg", null, "#60", null, 2)]
    [InlineData("Two refills of Ibuprofen 600mg #90", "Ibuprofen", "600mg", null, "#90", null, 2)]
    [InlineData("Oxycodone HCL ER 20mg #60 day supply: 30", "Oxycodone HCL ER", "20mg", null, "#60", null, null)]
    [InlineData("Post-op Colace 100mg #60, 1 tablet by mouth as needed", "Colace", "100mg", null, "#60", "1 tablet by mouth as needed", null)]
    [InlineData("Deprizine (unknown quantity)", "Deprizine", null, null, null, null, null)]
    [InlineData("Compound Ketoprofen 20%, 240 grams", "Ketoprofen", "20%", null, "240 grams", null, null)]
    [InlineData("Flector 1.3% transdermal patch", "Flector", "1.3%", "transdermal patch", null, null, null)]
    public void Medications(string request, string drug, string? strength, string? form, string? quantity, string? directions, int? refills)
    {
        var medication = RequestReader.Default.Read(request).Medication.ShouldNotBeNull();

        medication.Drug!.Value.ShouldBe(drug);
        medication.Strength?.Value.ShouldBe(strength);
        (medication.Strength is null).ShouldBe(strength is null);
        medication.Form?.Value.ShouldBe(form);
        (medication.Form is null).ShouldBe(form is null);
        medication.Quantity?.Text!.Value.ShouldBe(quantity);
        (medication.Quantity is null).ShouldBe(quantity is null);
        medication.Directions?.Value.ShouldBe(directions);
        (medication.Directions is null).ShouldBe(directions is null);
        medication.Refills?.Value.ShouldBe(refills!.Value);
        (medication.Refills is null).ShouldBe(refills is null);
        medication.Ingredients.ShouldBeEmpty();
    }

    [Fact]
    public void A_compound_lists_its_ingredients()
    {
        const string request = "Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%, 120grams #1";
        var medication = RequestReader.Default.Read(request).Medication!;

        medication.Drug!.Value.ShouldBe("Dextromethorphan 5%/Amitriptyline 5%/Lidocaine/Capsaicin 0.025%");
        medication.Strength.ShouldBeNull();
        medication.Ingredients.Select(ingredient => $"{ingredient.Drug!.Value} {ingredient.Strength?.Value}".Trim())
            .ShouldBe(["Dextromethorphan 5%", "Amitriptyline 5%", "Lidocaine", "Capsaicin 0.025%"]);
        medication.Quantity!.Amount!.Value.Value.ShouldBe(120m);
        medication.Quantity.Count!.Value.Value.ShouldBe(1);
    }

    [Fact]
    public void A_request_with_a_strength_is_a_medication_whatever_its_name()
    {
        // Constructed: a drug no rule names.
        var details = RequestReader.Default.Read("Zorvolex 35mg #90");

        details.Service!.Value.Value.ShouldBe("medication");
        details.Service.Value.Text.ShouldBe("Zorvolex");
        details.Medication!.Strength!.Value.ShouldBe("35mg");
    }

    [Fact]
    public void Retrospective_requests()
    {
        var stated = RequestReader.Default.Read("Retrospective E-stim (DOS 12/29/16)");
        stated.Retrospective.ShouldBeTrue();
        stated.DateOfService!.Value.Value.ShouldBe(new DateOnly(2016, 12, 29));

        RequestReader.Default.Read("Retrospective Famotidine 20mg #60, per 12/07/2016 order").DateOfService!.Value.Value.ShouldBe(new DateOnly(2016, 12, 7));
        RequestReader.Default.Read("MRI of the lumbar spine").Retrospective.ShouldBeFalse();
    }

    [Fact]
    public void Values_span_the_source_words_across_line_breaks_and_hyphenation()
    {
        // Constructed from "Physical therapy 2 times a week for 4 weeks for the lumbar spine" broken as extractors break lines.
        const string request = "Physical ther-\napy 2 times a\n\fweek for 4 weeks for the lum-\nbar spine";
        var details = RequestReader.Default.Read(request);

        details.Service!.Value.Value.ShouldBe("physical therapy");
        details.Service.Value.Text.ShouldBe("Physical ther-\napy");
        details.BodyRegions.ShouldHaveSingleItem().Region.Text.ShouldBe("lum-\nbar spine");
        details.BodyRegions[0].Region.Value.ShouldBe("lumbar spine");
        details.Quantity!.FrequencyPeriod!.Value.Text.ShouldBe("week");
        details.Quantity.FrequencyPeriod.Value.Span.Line.ShouldBe(3);
        details.Quantity.FrequencyPeriod.Value.Span.Column.ShouldBe(2);
        details.Quantity.Duration!.Value.Span.Start.ShouldBe(request.IndexOf("4 weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_medication_spans_its_source_words_across_line_breaks_and_hyphenation()
    {
        // Constructed: a prescription broken as extractors break lines, and a drug no rule names.
        const string request = "Cyclo-\nbenzaprine 7.5mg\ntab  #90, 1 by mouth\ntwice daily, with 2 refills";
        var details = RequestReader.Default.Read(request);

        var medication = details.Medication.ShouldNotBeNull();
        medication.Drug!.Text.ShouldBe("Cyclo-\nbenzaprine");
        medication.Strength!.Text.ShouldBe("7.5mg");
        medication.Form!.Text.ShouldBe("tab");
        medication.Quantity!.Text!.Text.ShouldBe("#90");
        medication.Quantity.Count!.Value.Span.Start.ShouldBe(request.IndexOf("90", StringComparison.Ordinal));
        medication.Directions!.Text.ShouldBe("1 by mouth\ntwice daily");
        medication.Refills!.Value.Value.ShouldBe(2);
        details.Quantities.ShouldBeEmpty();

        var unnamed = RequestReader.Default.Read("Zor-\nvolex  35mg\n#90");
        unnamed.Service!.Value.Value.ShouldBe("medication");
        unnamed.Service.Value.Text.ShouldBe("Zor-\nvolex");
        unnamed.Service.Value.Span.ShouldBe(unnamed.Medication!.Drug!.Span);
        unnamed.Medication.Quantity!.Count!.Value.Value.ShouldBe(90);
    }

    [Theory]
    [InlineData("Associated surgical service: 2 months supply of Norco 10/325mg")] // constructed
    [InlineData("Associated surgical service : 2 months supply of Norco 10/325mg")] // constructed: an extractor's space before the colon
    public void Qualifier_words_are_not_the_drug(string request) =>
        RequestReader.Default.Read(request).Medication!.Drug!.Value.ShouldBe("Norco");

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("(")]
    [InlineData("2 times")]
    [InlineData("for a")]
    [InlineData("Norco 10/")]
    [InlineData("DOS: 13/45/2016")]
    [InlineData("One (")]
    [InlineData("x")]
    public void Fragments_give_details_without_failing(string request)
    {
        var details = RequestReader.Default.Read(request);

        details.Quantity.ShouldBeNull();
        details.DateOfService.ShouldBeNull();
    }
}
