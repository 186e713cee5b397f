namespace ImrParsing.Semantics;

public sealed partial class ServiceClassifier
{
    /// <summary>
    /// The classifier the parser uses: the services of the IMR letters, most specific first. Inspect
    /// <see cref="Rules"/> to see them; make a classifier of your own rules (for example these plus
    /// yours) to change them.
    /// </summary>
    public static ServiceClassifier Default { get; } = new(
    [
        new("surgical assistant", "assistant surgeon", "surgical assistant", "assistant PA", "PA assist", "co-surgeon"),
        new("surgery", "spinal cord stimulator", "intrathecal pump", "pain pump") { Name = "surgery.implant" },
        new("inpatient rehabilitation", "inpatient rehabilitation", "inpatient rehab", "acute rehabilitation", "rehabilitation unit", "skilled nursing facility"),
        new("partial hospitalization", "partial hospitalization", "intensive outpatient"),
        new("inpatient stay", "inpatient stay", "hospital stay", "length of stay", "inpatient", "hospitalization"),
        new("functional restoration program", "functional restoration", "FRP", "work hardening", "work conditioning"),
        new("functional capacity evaluation", "functional capacity evaluation", "functional capacity exam", "FCE"),
        new("psychological", "psychological", "psychiatric", "psychotherapy", "psychologist", "psychiatrist", "cognitive behavioral", "CBT"),
        new("electrodiagnostic", "EMG", "NCV", "NCS", "electromyography", "electromyogram", "nerve conduction", "electrodiagnostic"),
        new("mri", "MRI", "MRIs", "magnetic resonance", "MR arthrogram", "MRA"),
        new("ct", "CT", "CT scan", "computed tomography", "CAT scan"),
        new("x-ray", "x-ray", "x-rays", "xray", "xrays", "radiograph", "radiographs"),
        new("ultrasound imaging", "diagnostic ultrasound", "ultrasound of", "ultrasound scan", "sonogram"),
        new("diagnostic testing", "EKG", "ECG", "electrocardiogram", "EEG", "electroencephalogram", "grip test", "range of motion test", "range of motion testing", "range of motion of test", "impedance imaging", "sleep study", "polysomnography", "audiogram", "hearing test", "QFCE"),
        new("imaging", "bone scan", "PET scan", "SPECT", "myelogram", "imaging"),
        new("lab work", "labs", "lab", "laboratory", "CBC", "BMP", "CMP", "PT/PTT", "PTT", "INR", "urinalysis", "urine drug", "urine test", "urine toxicology", "drug screen", "drug test", "drug testing", "blood test", "blood work", "genetic testing"),
        new("injection", "injection", "injections", "epidural", "nerve block", "block", "blocks", "facet", "radiofrequency", "ablation", "rhizotomy", "platelet-rich plasma", "PRP", "viscosupplementation"),
        new("chiropractic", "chiropractic", "chiropractor", "chiro", "spinal manipulation", "joint manipulation", "manipulation", "manipulative"),
        new("acupuncture", "acupuncture", "electroacupuncture"),
        new("physical therapy", "physical therapy", "physiotherapy", "PT", "therapeutic exercise", "therapeutic exercises", "manual therapy", "aquatic therapy", "aqua therapy", "pool therapy", "physical medicine"),
        new("occupational therapy", "occupational therapy", "OT", "hand therapy"),
        new("biofeedback", "biofeedback"),
        new("shockwave therapy", "shockwave", "shock wave", "ESWT"),
        new("home care", "home health", "home care", "home aide", "home assistance", "RN", "LVN", "nurse", "nursing", "caregiver", "housekeeping"),
        new("durable medical equipment", "TENS", "unit", "wheelchair", "commode", "shower chair", "bath chair", "bed", "walker", "cane", "crutches", "brace", "braces", "orthosis", "orthotic", "orthotics", "splint", "sling", "support", "pillow", "wrap", "cold therapy", "cold compression", "heat therapy pad", "hearing aid", "hearing aids", "workstation", "rental", "purchase", "mattress", "cushion", "collar", "H-wave", "stimulator", "scooter", "exercise kit"),
        new("physical modality", "electrical stimulation", "electrical muscle stimulation", "e-stim", "estim", "infrared", "ultrasound", "traction", "spinolator", "ice", "heat", "hot/cold", "myofascial release", "massage", "neurostimulation", "interferential", "paraffin", "iontophoresis", "diathermy", "laser therapy"),
        new(Medication, [.. MedicationNames.Drugs]) { Name = "medication.drug" },
        new(Medication, [.. MedicationNames.Forms]) { Name = "medication.form" },
        new("medical supplies", "gloves", "wipes", "bandages", "dressings", "supplies", "electrodes", "batteries"),
        new("consultation", "consultation", "consult", "referral", "specialist", "surgeon evaluation", "neurosurgeon evaluation", "surgery evaluation", "surgical evaluation", "orthopedic evaluation", "second opinion"),
        new("surgery", "surgery", "arthroscopy", "arthroscopic", "arthroplasty", "replacement", "repair", "decompression", "fusion", "discectomy", "laminectomy", "laminotomy", "foraminotomy", "meniscectomy", "release", "neuroplasty", "tenodesis", "debridement", "reconstruction", "osteotomy", "excision", "acromioplasty"),
        new("evaluation", "evaluation", "exam", "re-exam", "examination", "assessment", "medical clearance", "clearance", "office visit", "follow-up visit"),
        new("transportation", "transportation", "transport"),
        new("gym membership", "gym", "membership"),
    ]);
}
