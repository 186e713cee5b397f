using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Semantics;

/// <summary>
/// Injection and infusion requests: kind, approach, levels and drugs, each drug with its amount
/// and strength. Requests marked "constructed" were written for these tests in the letters' style;
/// the others are the corpus's.
/// </summary>
public sealed class InjectionReaderTests
{
    [Fact]
    public void Two_drugs_each_with_amount_and_strength()
    {
        // Constructed.
        var injection = Read("Right knee intra-articular injection with 2cc of bupivacaine 0.5% and 1cc of triamcinolone 40mg");

        injection.Kind?.Value.ShouldBe("intra-articular injection");
        injection.Drugs.Select(drug => (drug.Amount?.Value, drug.Drug!.Value, drug.Strength?.Value))
            .ShouldBe([("2cc", "bupivacaine", "0.5%"), ("1cc", "triamcinolone", "40mg")]);
    }

    [Theory]
    [InlineData("Left L4-5 interlaminar epidural steroid injection", "epidural steroid injection", "interlaminar", "L4-5")] // constructed
    [InlineData("Right L4 transforaminal epidural steroid injection under fluoroscopic guidance", "epidural steroid injection", "transforaminal", "L4")]
    [InlineData("Facet joint injections L4-5, L5-S1", "facet joint injection", null, "L4-5|L5-S1")]
    [InlineData("Bilateral C5/6 and C6-7 medial branch blocks", "medial branch block", null, "C5/6|C6-7")] // constructed
    [InlineData("Caudal ESI at T12-L1", "epidural steroid injection", "caudal", "T12-L1")] // constructed
    [InlineData("Trigger point injections x4 to the trapezius", "trigger point injection", null, "")] // constructed
    [InlineData("Injection of neurolytic substance, lumbar spine", "neurolytic injection", null, "")]
    [InlineData("Outpatient ketamine infusions, five sessions", "infusion", null, "")] // constructed
    public void Kind_approach_and_levels(string request, string kind, string? approach, string levels)
    {
        var injection = Read(request);

        injection.Kind?.Value.ShouldBe(kind);
        injection.Approach?.Value.ShouldBe(approach);
        (injection.Approach is null).ShouldBe(approach is null);
        string.Join("|", injection.Levels.Select(level => level.Value)).ShouldBe(levels);
    }

    [Theory]
    [InlineData("Synvisc-One injection to the left knee", "Synvisc-One", null, null)] // constructed
    [InlineData("Subacromial injection, right shoulder, 80mg Depo-Medrol with 3 mL lidocaine 1%", "Depo-Medrol|lidocaine", "80mg|3 mL", "|1%")] // constructed
    [InlineData("Right greater trochanteric bursa injection of triamcinolone (Kenalog) 40 mg/ml", "triamcinolone (Kenalog)", "", "40 mg/ml")] // constructed
    [InlineData("Botox injections 200 units for chronic migraine", "Botox", "", "")] // constructed
    [InlineData("Toradol 60mg IM injection", "Toradol", "", "60mg")] // constructed
    [InlineData("One platelet-rich plasma injection to the right knee", "platelet-rich plasma", "", "")]
    public void Drugs_as_stated(string request, string drugs, string? amounts, string? strengths)
    {
        var injection = Read(request);

        string.Join("|", injection.Drugs.Select(drug => drug.Drug!.Value)).ShouldBe(drugs);
        if (amounts is not null)
        {
            string.Join("|", injection.Drugs.Select(drug => drug.Amount?.Value)).ShouldBe(amounts);
        }

        if (strengths is not null)
        {
            string.Join("|", injection.Drugs.Select(drug => drug.Strength?.Value)).ShouldBe(strengths);
        }
    }

    [Theory]
    [InlineData("Lumbar epidural steroid injection with pain interventionist consult and treatment")]
    [InlineData("Lumbar Spine Epidural Injection at L4-5 under fluoroscopy")]
    public void A_request_naming_no_drug_has_none(string request) => Read(request).Drugs.ShouldBeEmpty();

    [Fact]
    public void Other_services_have_no_injection_details() =>
        RequestReader.Default.Read("Physical therapy for the L4-5 disc, 2cc of lidocaine").Injection.ShouldBeNull(); // constructed

    [Fact]
    public void Values_span_their_words()
    {
        const string request = "Left L5-S1 transforaminal epidural steroid injection with 1cc of Kenalog 40mg"; // constructed
        var injection = Read(request);

        foreach (var value in new TextValue?[] { injection.Levels[0], injection.Drugs[0].Drug, injection.Drugs[0].Amount, injection.Drugs[0].Strength })
        {
            request.Substring(value!.Span.Start, value.Span.Length).ShouldBe(value.Value);
        }

        request.Substring(injection.Kind!.Value.Span.Start, injection.Kind.Value.Span.Length).ShouldBe("epidural steroid injection");
    }

    [Fact]
    public void Kind_and_approach_span_their_source_words_across_line_breaks_and_hyphenation()
    {
        const string request = "Left L5-S1 trans-\nforaminal  epidural\nsteroid injec-\ntion with 1cc of Kenalog 40mg"; // constructed
        var injection = Read(request);

        injection.Kind!.Value.Value.ShouldBe("epidural steroid injection");
        injection.Kind.Value.Text.ShouldBe("epidural\nsteroid injec-\ntion");
        injection.Approach!.Value.Value.ShouldBe("transforaminal");
        injection.Approach.Value.Text.ShouldBe("trans-\nforaminal");
        injection.Levels.ShouldHaveSingleItem().Text.ShouldBe("L5-S1");
        injection.Drugs.ShouldHaveSingleItem().Drug!.Text.ShouldBe("Kenalog");
    }

    private static InjectionDetails Read(string request) => RequestReader.Default.Read(request).Injection.ShouldNotBeNull();
}
