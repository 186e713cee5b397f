using ImrParsing.Semantics;
using ImrParsing.Syntax;

namespace ImrParsing.Tests.Semantics;

/// <summary>Body regions and sides of real requests of the corpus.</summary>
public sealed class BodyRegionClassifierTests
{
    [Theory]
    [InlineData("6 Physical therapy sessions for the cervical, thoracic and lumbar spine", "cervical spine|thoracic spine|lumbar spine", null)]
    [InlineData("Electro acupuncture to the low back two times a week times six weeks", "lumbar spine", null)]
    [InlineData("MRI of neck and right hand without contrast", "cervical spine|right hand", "right")]
    [InlineData("Facet joint injections L4-5, L5-S1", "lumbar spine", null)]
    [InlineData("Right L5-S1 epidural steroid injection", "right lumbar spine", "right")]
    [InlineData("EMG/NCS of the bilateral upper extremities", "bilateral upper extremity", "bilateral")]
    [InlineData("NCS/EMG RUE", "right upper extremity", "right")]
    [InlineData("PT/OT 18 sessions left hand, right lower leg", "left hand|right leg", null)]
    [InlineData("Chiropractic treatment for cervical and lumbar spine, left wrist/hand, 3 times a week for 4 weeks", "cervical spine|lumbar spine|left wrist|hand", "left")]
    [InlineData("Physical therapy 2 times a week for 6 weeks bilateral shoulder, elbow and wrist", "bilateral shoulder|elbow|wrist", "bilateral")]
    [InlineData("Twelve sessions of physical therapy for the right shoulder, right wrist and right hand, three times a week for four weeks", "right shoulder|right wrist|right hand", "right")]
    [InlineData("Right shoulder arthroscopy with subacromial decompression, acromioplasty, Mumford, rotator cuff repair and shoulder debridement", "right shoulder", "right")]
    [InlineData("MRI of the bilateral brain/brainstem without contrast", "bilateral brain", "bilateral")]
    [InlineData("Neurosurgeon evaluation for the Low back/Pelvis", "lumbar spine|pelvis", null)]
    [InlineData("MRI of the lumbosacral spine without contrast, 1.5 Tesla or higher only", "lumbar spine", null)]
    [InlineData("Bilateral hearing aids", "", "bilateral")]
    [InlineData("Chiropractic spinal manipulation times 6", "", null)]
    [InlineData("Urine drug testing", "", null)]
    public void Real_requests(string request, string regions, string? side)
    {
        var reading = BodyRegionClassifier.Default.Read(request);

        string.Join("|", reading.Regions.Select(region => (region.Side is { } s ? Name(s.Value) + " " : string.Empty) + region.Region)).ShouldBe(regions);
        (reading.Side is { } found ? Name(found.Value) : null).ShouldBe(side);
    }

    [Fact]
    public void Each_region_keeps_its_own_words()
    {
        const string request = "Additional physical therapy two times four visits (8) for the lumbar and bilateral knees";
        var reading = BodyRegionClassifier.Default.Read(request);

        reading.Regions.Select(region => request[region.Words.Start..region.Words.End]).ShouldBe(["lumbar", "knees"]);
        reading.Regions[1].Side!.Value.Words.ShouldBe(new SourceWords(request.IndexOf("bilateral", StringComparison.Ordinal), request.IndexOf(" knees", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_region_broken_by_a_line_end_hyphen_spans_its_source_words()
    {
        // Constructed: the words are read joined, the span is the source's.
        const string request = "MRI of the right shoul-\nder";
        var reading = BodyRegionClassifier.Default.Read(request);

        var region = reading.Regions.ShouldHaveSingleItem();
        region.Region.ShouldBe("shoulder");
        request[region.Words.Start..region.Words.End].ShouldBe("shoul-\nder");
        request[region.Side!.Value.Words.Start..region.Side.Value.Words.End].ShouldBe("right");
    }

    [Fact]
    public void A_side_belongs_only_to_the_region_right_after_it()
    {
        // Constructed: words between a side and a region break the link.
        var reading = BodyRegionClassifier.Default.Read("left side of the knee");

        reading.Regions.ShouldHaveSingleItem().Side.ShouldBeNull();
        reading.Side!.Value.Value.ShouldBe(BodySide.Left);
    }

    private static string Name(BodySide side) => side.ToString().ToLowerInvariant();
}
