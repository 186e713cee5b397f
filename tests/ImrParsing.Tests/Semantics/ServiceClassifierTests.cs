using ImrParsing.Semantics;

namespace ImrParsing.Tests.Semantics;

/// <summary>The default service rules on real requests of the corpus, and the classifier's order.</summary>
public sealed class ServiceClassifierTests
{
    [Theory]
    [InlineData("Physical therapy 2 times a week for 4 weeks for the lumbar spine", "physical therapy", "Physical therapy")]
    [InlineData("PT/OT 18 sessions left hand, right lower leg", "physical therapy", "PT")]
    [InlineData("Four sessions of therapeutic exercise two times a week times 2 weeks", "physical therapy", "therapeutic exercise")]
    [InlineData("Occupational therapy for six sessions", "occupational therapy", "Occupational therapy")]
    [InlineData("continuation for left hand therapy for 6 sessions", "occupational therapy", "hand therapy")]
    [InlineData("Electro acupuncture to the low back two times a week times six weeks", "acupuncture", "acupuncture")]
    [InlineData("Twelve infrared acupuncture visits, 2 times weekly for 6 weeks", "acupuncture", "acupuncture")]
    [InlineData("Chiropractic physiotherapy treatment 6 visits", "chiropractic", "Chiropractic")]
    [InlineData("Referral to chiropractor for evaluation of low back pain and left groin pain, twice a week for 3 weeks", "chiropractic", "chiropractor")]
    [InlineData("Spinal manipulation 1 times 8", "chiropractic", "Spinal manipulation")]
    [InlineData("MRI/CT of the spine and pelvis", "mri", "MRI")]
    [InlineData("Magnetic resonance imaging (MRI) of the right shoulder", "mri", "Magnetic resonance")]
    [InlineData("MR Arthrogram of the right shoulder", "mri", "MR Arthrogram")]
    [InlineData("CT scan of head", "ct", "CT scan")]
    [InlineData("Labs to include: Chest X-ray", "x-ray", "X-ray")]
    [InlineData("EMG (electromyography)/NCV (nerve conduction velocity) of the bilateral upper extremities", "electrodiagnostic", "EMG")]
    [InlineData("Nerve Conduction Studies of the left upper extremity", "electrodiagnostic", "Nerve Conduction")]
    [InlineData("Right L4 transforaminal epidural steroid injection under fluoroscopic guidance", "injection", "epidural")]
    [InlineData("Lumbar epidural steroid injection with pain interventionist consult and treatment", "injection", "epidural")]
    [InlineData("Facet joint injections L4-5, L5-S1", "injection", "Facet")]
    [InlineData("Right shoulder arthroscopy RCR (rotator cuff repair) and decompression", "surgery", "arthroscopy")]
    [InlineData("Right knee arthroscopy with evaluation of ACL, medical meniscectomy", "surgery", "arthroscopy")]
    [InlineData("Spine surgery evaluation for the lumbar", "consultation", "surgery evaluation")]
    [InlineData("Neurosurgeon evaluation for the Low back/Pelvis", "consultation", "Neurosurgeon evaluation")]
    [InlineData("Medication management consultation", "consultation", "consultation")]
    [InlineData("Pre-operative PT/PTT", "lab work", "PT/PTT")]
    [InlineData("Urine drug testing", "lab work", "Urine drug")]
    [InlineData("Labs to include: EKG", "diagnostic testing", "EKG")]
    [InlineData("Trigger points impedance imaging (TPII)", "diagnostic testing", "impedance imaging")]
    [InlineData("Localized intense neurostimulation therapy [following TPII]", "physical modality", "neurostimulation")]
    [InlineData("Infrared heat to the low back two times a week times six weeks", "physical modality", "Infrared")]
    [InlineData("Retrospective E-stim (DOS 12/29/16)", "physical modality", "E-stim")]
    [InlineData("TENS unit", "durable medical equipment", "TENS")]
    [InlineData("Associated surgical service: Cold therapy for one week", "durable medical equipment", "Cold therapy")]
    [InlineData("standard wheelchair for a 2 month rental", "durable medical equipment", "wheelchair")]
    [InlineData("Bilateral hearing aids", "durable medical equipment", "hearing aids")]
    [InlineData("Daily RN for 4 weeks for wound care and monitoring of wound healing and home safety, medication management", "home care", "RN")]
    [InlineData("Home aide 6 hours per day, 5 times a week for 4 weeks", "home care", "Home aide")]
    [InlineData("Comprehensive psychological testing", "psychological", "psychological")]
    [InlineData("Functional capacity evaluation (FCE)", "functional capacity evaluation", "Functional capacity evaluation")]
    [InlineData("one week trial of Acute Rehabilitation Unit", "inpatient rehabilitation", "Acute Rehabilitation")]
    [InlineData("Partial Hospitalization day treatment", "partial hospitalization", "Partial Hospitalization")]
    [InlineData("Post-op Zofran", "medication", "Zofran")]
    [InlineData("Two refills of Ibuprofen 600mg #90", "medication", "Ibuprofen")]
    [InlineData("Deprizine (unknown quantity)", "medication", "Deprizine")]
    [InlineData("Large gloves", "medical supplies", "gloves")]
    [InlineData("PA assist", "surgical assistant", "PA assist")]
    [InlineData("Pre-operative medical clearance", "evaluation", "medical clearance")]
    [InlineData("Initial exam", "evaluation", "exam")]
    [InlineData("Transportation to/from all medical appointments", "transportation", "Transportation")]
    [InlineData("Gym membership", "gym membership", "Gym")]
    public void Real_requests(string request, string service, string words) => ShouldName(request, service, words);

    // Constructed requests in clinic shorthand, with words from the DWC's IMR treatment categories,
    // the MTUS/ODG topic names and common clinical abbreviations.
    [Theory]
    [InlineData("Ortho eval for the right wrist", "consultation", "Ortho")]
    [InlineData("F/U with the treating physician in 6 weeks", "evaluation", "F/U")]
    [InlineData("Follow up visit x1", "evaluation", "Follow up")]
    [InlineData("Re-eval in four weeks", "evaluation", "Re-eval")]
    [InlineData("TOC to neuro", "consultation", "TOC")]
    [InlineData("Pain management consult", "consultation", "Pain management")]
    [InlineData("Psych eval", "psychological", "Psych")]
    [InlineData("HEP instruction x 2 sessions", "physical therapy", "HEP")]
    [InlineData("FRP 10 days", "functional restoration program", "FRP")]
    [InlineData("EMG/NCS bilateral lower extremities", "electrodiagnostic", "EMG")]
    [InlineData("Bilateral L5 TFESI", "injection", "TFESI")]
    [InlineData("Trigger point injections x4 to the trapezius", "injection", "Trigger point")]
    [InlineData("Ketamine infusion series", "injection", "infusion")]
    [InlineData("CPM for 21 days post op", "durable medical equipment", "CPM")]
    [InlineData("Left knee MUA", "surgery", "MUA")]
    [InlineData("ORIF of the left distal radius", "surgery", "ORIF")]
    [InlineData("Right TKA with two day stay", "surgery", "TKA")]
    [InlineData("Dry needling to the upper trapezius x6", "physical modality", "Dry needling")]
    [InlineData("UDS quarterly", "lab work", "UDS")]
    [InlineData("Hepatic function panel", "lab work", "Hepatic function")]
    [InlineData("DEXA scan", "diagnostic testing", "DEXA")]
    [InlineData("Allergy testing", "diagnostic testing", "testing")]
    [InlineData("Uber rides to appointments", "transportation", "rides")]
    [InlineData("Weight loss program, 12 weeks", "gym membership", "Weight loss program")]
    public void Clinic_shorthand_and_general_vocabulary(string request, string service, string words) => ShouldName(request, service, words);

    private static void ShouldName(string request, string service, string words)
    {
        var match = ServiceClassifier.Default.Classify(request).ShouldNotBeNull();

        match.Rule.Service.ShouldBe(service);
        request[match.Words.Start..match.Words.End].ShouldBe(words);
    }

    [Fact]
    public void No_rule_is_a_catch_all() =>
        ServiceClassifier.Default.Rules.ShouldAllBe(rule => rule.Service != "other" && rule.Service != "unknown");

    [Theory]
    [InlineData("Unknown service")] // constructed
    [InlineData("Extension of the request")] // constructed
    public void A_request_no_rule_names_has_no_service(string request) => ServiceClassifier.Default.Classify(request).ShouldBeNull();

    [Fact]
    public void Phrases_match_whole_words_only()
    {
        ServiceClassifier.Default.Classify("Bedside commode").ShouldNotBeNull().Rule.Service.ShouldBe("durable medical equipment");
        ServiceClassifier.Default.Classify("Bedside commode")!.Value.Words.ShouldBe(new SourceWords(8, 15));
    }

    [Theory]
    [InlineData("Physical ther-\napy for the knee", "physical therapy", "Physical ther-\napy")] // constructed
    [InlineData("Trans-\nportation  to   appointments", "transportation", "Trans-\nportation")] // constructed
    public void A_phrase_is_found_across_a_line_end_hyphen_in_the_source(string request, string service, string words) =>
        ShouldName(request, service, words);

    [Fact]
    public void The_first_rule_that_matches_wins_so_a_classifier_can_be_extended_in_front()
    {
        var custom = new ServiceClassifier([new ServiceRule("hand therapy", "hand therapy"), .. ServiceClassifier.Default.Rules]);

        custom.Classify("continuation for left hand therapy for 6 sessions")!.Value.Rule.Service.ShouldBe("hand therapy");
        custom.Classify("MRI of the right shoulder")!.Value.Rule.Service.ShouldBe("mri");
        custom.Rules.Length.ShouldBe(ServiceClassifier.Default.Rules.Length + 1);
    }

    [Theory]
    [MemberData(nameof(Infrastructure.Corpus.LetterData), MemberType = typeof(Infrastructure.Corpus))]
    public void The_classifier_agrees_with_trying_each_rule_in_turn(string letter)
    {
        foreach (var item in ImrDocument.Parse(Infrastructure.Corpus.Read(letter)).Items)
        {
            string request = item.Request!.Value;
            var expected = ServiceClassifier.Default.Rules.Select(rule => (Rule: rule, Words: rule.Match(request))).First(match => match.Words is not null);

            var match = ServiceClassifier.Default.Classify(request)!.Value;

            match.Rule.ShouldBeSameAs(expected.Rule, request);
            match.Words.ShouldBe(expected.Words!.Value, request);
        }
    }

    [Fact]
    public void Rules_refuse_empty_phrases()
    {
        Should.Throw<ArgumentException>(() => new ServiceRule("x"));
        Should.Throw<ArgumentException>(() => new ServiceRule("x", " "));
        Should.Throw<ArgumentException>(() => new ServiceRule(" ", "x"));
    }
}
