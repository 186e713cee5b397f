using ImrParsing.Semantics;
using ImrParsing.Text;

namespace ImrParsing.Tests.Semantics;

/// <summary>The diagnoses a narrative lists, one entry per diagnosis: real sentences from the corpus.</summary>
public sealed class DiagnosisReaderTests
{
    private static string[] Read(string text)
    {
        // Each diagnosis is a stretch of the source; its words are compared in canonical form.
        return DiagnosisReader.Find(text).Select(range => TextNormalizer.Normalize(text.AsSpan(range.Start, range.End - range.Start))).ToArray();
    }

    [Theory]
    [InlineData("The injured worker was being treated for the diagnoses of right shoulder contusion, neck strain, right\nshoulder injury, scapulothoracic syndrome and right arm paresthesias. The injured worker was",
        "right shoulder contusion|neck strain|right shoulder injury|scapulothoracic syndrome|right arm paresthesias")]
    [InlineData("Current diagnoses include cervical disc protrusion, cervical pain, cervical radiculopathy, cervical sprain/strain, thoracic disc protrusion.",
        "cervical disc protrusion|cervical pain|cervical radiculopathy|cervical sprain/strain|thoracic disc protrusion")]
    [InlineData("The patient is diagnosed with degenerative disc disease in the lumbar spine, general deconditioning, and obesity.",
        "degenerative disc disease in the lumbar spine|general deconditioning|obesity")]
    [InlineData("Diagnoses include jammed interphalangeal joint of the finger of the right hand and trigger finger of the right thumb.",
        "jammed interphalangeal joint of the finger of the right hand|trigger finger of the right thumb")]
    [InlineData("The injured worker was diagnosed as having lumbar strain and bulging of the lumbar intervertebral disc. Treatment",
        "lumbar strain|bulging of the lumbar intervertebral disc")]
    [InlineData("He was diagnosed with a head contusion, cervical strain and right shoulder sprain.", "head contusion|cervical strain|right shoulder sprain")]
    [InlineData("The diagnosis is Coccydynia.", "Coccydynia")]
    [InlineData("The current diagnosis is documented as closed fracture of fourth\nlumbar vertebra with delayed healing. Past treatments",
        "closed fracture of fourth lumbar vertebra with delayed healing")]
    [InlineData("The current diagnoses are documented is other specific injury of the muscle, fascia, tendon of the right hip.",
        "other specific injury of the muscle, fascia, tendon of the right hip")]
    [InlineData("A review of the medical records shows the injured worker has diagnosis that include tenosynovitis right wrist, and carpal tunnel syndrome right wrist.",
        "tenosynovitis right wrist|carpal tunnel syndrome right wrist")]
    [InlineData("Diagnoses, and-or impressions, were noted to include: low back injury; lumbosacral pain with fat-sat trauma; sacroiliac joint sprain.",
        "low back injury|lumbosacral pain with fat-sat trauma|sacroiliac joint sprain")]
    [InlineData("The injured worker is undergoing treatment for: right shoulder tendinitis.", "right shoulder tendinitis")]
    [InlineData("Medical records indicate that the injured worker is undergoing treatment for a lumbar strain, right shoulder strain and contusion of the right elbow.",
        "lumbar strain|right shoulder strain|contusion of the right elbow")]
    [InlineData("The diagnoses include open wound of right thumb, possible right thumb foreign body, status post foreign body excision right thumb, and right thumb post-operative infection.The progress report dated 12-09-2016",
        "open wound of right thumb|possible right thumb foreign body|status post foreign body excision right thumb|right thumb post-operative infection")]
    [InlineData("The injured worker is a 41 year old male who sustained an industrial injury on 10-25-16 and was being treated for the diagnosis of back pain.",
        "back pain")]
    public void The_diagnoses_in_every_form(string text, string expected) => Read(text).ShouldBe(expected.Split('|'));

    [Theory]
    [InlineData("The current diagnoses are documented as cervicalgia; pain in thoracic spine; low back pain; pain in unspecified hip; pain in unspecified knee; pain in unspecified ankle; and pain, unspecified.",
        "cervicalgia|pain in thoracic spine|low back pain|pain in unspecified hip|pain in unspecified knee|pain in unspecified ankle|pain, unspecified")]
    [InlineData("Medical record review indicates the injured worker is being treated for contusion of face, scalp and neck and acute cervical sprain.",
        "contusion of face, scalp and neck|acute cervical sprain")]
    [InlineData("The current diagnoses are documented as lumbar, hip, and neck strain.", "lumbar, hip, and neck strain")]
    [InlineData("The current diagnoses are documented as strain in right hip, ankle, and foot.", "strain in right hip, ankle, and foot")]
    [InlineData("The current diagnosis is documented as dislocation, shoulder.", "dislocation, shoulder")]
    [InlineData("The current diagnosis is documented as sprain of ligaments of lumbar spine, subsequent encounter.", "sprain of ligaments of lumbar spine, subsequent encounter")]
    [InlineData("The injured worker is undergoing treatment for back and left shoulder pain.", "back and left shoulder pain")]
    [InlineData("The current diagnoses are documented as cervical sprain, thoracic sprain, lumbar sprain, right and left shoulder joint sprain and right and left elbow joint sprain.",
        "cervical sprain|thoracic sprain|lumbar sprain|right and left shoulder joint sprain|right and left elbow joint sprain")]
    [InlineData("The injured worker was being treated for strain of unspecified muscle, fascia and tendon at upper arm level, right arm, and strain of muscle, fascia and tendon at neck level.",
        "strain of unspecified muscle, fascia and tendon at upper arm level, right arm|strain of muscle, fascia and tendon at neck level")]
    [InlineData("A review of the medical records reveal that the injured worker (IW) is undergoing treatment for contusion to the head, neck strain, and right hand contusion.",
        "contusion to the head|neck strain|right hand contusion")]
    [InlineData("The injured worker was diagnosed as having sprain of joints and ligaments in the neck, sprain of ligaments of the lumbar spine, and sprain of the thorax.",
        "sprain of joints and ligaments in the neck|sprain of ligaments of the lumbar spine|sprain of the thorax")]
    [InlineData("She was diagnosed with lumbago and left and right sided sciatica.", "lumbago|left and right sided sciatica")]
    public void Commas_and_and_inside_one_diagnosis_do_not_split_it(string text, string expected) => Read(text).ShouldBe(expected.Split('|'));

    [Theory]
    [InlineData("The mechanism of injury is detailed as a slip and fall.")]
    [InlineData("Diagnostic studies were noted to include an official MRI of the lumbar spine performed on 11/16/2016.")]
    [InlineData("The applicant is a 29-year-old female who has filed a claim for knee pain reportedly associated with an industrial injury of October 22, 2016.")]
    public void A_narrative_that_lists_none_gives_none(string text) => Read(text).ShouldBeEmpty();
    // Constructed sentences: "X and Y" that share a part or qualify one diagnosis is one diagnosis;
    // a bare injury or a piece that starts with "or" is never a diagnosis of its own.
    [Theory]
    [InlineData("The patient is being treated for lumbar sprain and strain and right wrist tendinitis.", "lumbar sprain and strain|right wrist tendinitis")]
    [InlineData("Diagnoses include cervical and thoracic spine sprain and strain, myalgia, and insomnia.", "cervical and thoracic spine sprain and strain|myalgia|insomnia")]
    [InlineData("He is diagnosed with left knee strain and sprain with medial meniscus tear.", "left knee strain and sprain with medial meniscus tear")]
    [InlineData("The injured worker was treated for tear of ligament and or tendon of ankle, and plantar fasciitis.", "tear of ligament and or tendon of ankle|plantar fasciitis")]
    [InlineData("Her diagnoses are neck strain and contusion of the left elbow.", "neck strain|contusion of the left elbow")]
    [InlineData("The diagnoses are shoulder sprain, strain.", "shoulder sprain, strain")]
    public void Parts_of_one_diagnosis_stay_together(string text, string expected) => Read(text).ShouldBe(expected.Split('|'));
}
