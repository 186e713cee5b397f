namespace ImrParsing.Semantics;

/// <summary>
/// How requests write a medication: strengths ("10/325mg", "7.5-325mg", "5%", "4%-27.5%-0.0325%",
/// "25mg/ml", "10mg/1ml"), dosage forms ("oral suspension", "in cream base", "transdermal patch"),
/// quantities ("#60", "240g", "#60 grams", "120grams #1", "One container": the words; <see cref="MedicationQuantityReader"/> reads them), refills ("with 1
/// refill", "Two refills of") and where directions begin ("1 by mouth", "apply", "12 hours on").
/// </summary>
internal static class MedicationGrammar
{
    /// <summary>The words of a measured amount's unit, in the order they are tried, and the canonical unit each stands for.</summary>
    internal static readonly (string Word, string Unit)[] MeasureUnits =
    [
        ("grams", "g"), ("gram", "g"), ("gms", "g"), ("gm", "g"), ("g", "g"), ("ml", "ml"), ("mls", "ml"),
        ("milliliters", "ml"), ("oz", "oz"), ("ounces", "oz"), ("ounce", "oz"),
    ];

    internal static readonly string[] FormPhrases =
    [
        "transdermal patches", "transdermal patch", "transdermal", "oral suspension", "oral solution", "oral tablets",
        "oral tablet", "oral capsules", "oral capsule", "cream base", "cream", "gel", "ointment", "lotion", "patches",
        "patch", "pads", "pad", "tablets", "tablet", "tabs", "tab", "capsules", "capsule", "caps", "suspension",
        "solution", "spray", "liquid", "suppository", "suppositories", "lozenges", "drops",
    ];

    internal static readonly string[] DoseWords =
    [
        " by mouth", " tablets", " tablet", " tabs", " tab", " capsules", " capsule", " caps", " cap", " pills", " pill",
        " po", " hours on", " patches", " patch", " puffs", " puff", " drops", " drop", " times a day", " times daily",
    ];

    internal static readonly string[] DirectionWords =
    [
        "apply", "take", "use", "inject", "insert", "place", "instill", "every", "by mouth", "orally", "as needed",
        "po", "prn", "bid", "tid", "qid", "qhs", "qd", "qam", "qpm", "at bedtime", "once daily", "twice daily",
    ];

    internal static readonly string[] RefillWords = ["refills", "refill"];

    /// <summary>The marks between "refills" and their number: "refills: 2", "refills x 2".</summary>
    internal const string RefillCountMarks = ":xX";

    // The word before a form that is left out of its range: "in cream base".
    internal const string InForm = "in";

    /// <summary>
    /// The phrases the rules of a prescription (the form, refills, where directions begin)
    /// can start with where they do not start with a number.
    /// </summary>
    internal static IEnumerable<string> LeadPhrases { get; } = [.. DirectionWords, .. FormPhrases, InForm, .. RefillWords];

    /// <summary>What a strength can be given per, after its unit: "/ml", "/hr", "/24 hours", "/actuation".</summary>
    internal static readonly string[] PerUnits =
    [
        "/ml", "/hr", "/h", "/hour", "/24hr", "/24hrs", "/24 hours", "/day", "/g", "/gm", "/actuation", "/spray", "/dose",
    ];

    /// <summary>The containers a quantity counts ("#1 box", "One container"), with the space before them.</summary>
    internal static readonly string[] PackageWords =
    [
        " containers", " container", " boxes", " box", " tubes", " tube", " bottles", " bottle", " jars", " jar", " kits", " kit",
    ];

    /// <summary>A strength's units as whole words, in the order they are tried (a "%" needs no word end).</summary>
    internal static readonly string[] StrengthUnits = ["mg", "mcg", "meq", "iu", " mg", " mcg", " meq", " %"];

    /// <summary>The unit of a volume a strength is given per: "10mg/1ml".</summary>
    internal const string PerVolume = "ml";

    /// <summary>Words that open a request before the drug's name ("Retrospective", "Post-op", "Compound"), in the order they are tried.</summary>
    internal static readonly string[] QualifierWords =
        [
            "retrospective", "retro", "post-op", "postop", "post-operative", "postoperative", "post operative", "pre-op",
            "preoperative", "pre-operative", "compounded", "compound", "prescription", "continue", "continued", "additional",
            "associated surgical service:", "topical", "request for", "request of", "requested", "prescription for",
            "prescription of", "refill of",
        ];
}
