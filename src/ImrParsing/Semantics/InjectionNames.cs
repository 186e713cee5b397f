using System.Collections.Immutable;

namespace ImrParsing.Semantics;

/// <summary>
/// The words of injection and infusion requests, from general pharmacology and the names of
/// interventional pain procedures: the drugs injected (local anesthetics, corticosteroids,
/// hyaluronic acids, botulinum toxins and others, by generic and brand name), the kinds of
/// injection, each under its canonical name, and the approaches of spinal injections.
/// </summary>
internal static class InjectionNames
{
    /// <summary>Injectable drugs and products; a longer name comes before a shorter one it starts with.</summary>
    public static ImmutableArray<string> Drugs { get; } =
    [
        // Local anesthetics.
        "lidocaine", "Xylocaine", "liposomal bupivacaine", "bupivacaine", "Marcaine", "Sensorcaine", "Exparel", "ropivacaine",
        "Naropin", "mepivacaine", "Carbocaine", "chloroprocaine", "procaine", "Novocain",
        // Corticosteroids.
        "triamcinolone acetonide", "triamcinolone", "Kenalog", "Zilretta", "methylprednisolone acetate", "methylprednisolone",
        "Depo-Medrol", "Solu-Medrol", "dexamethasone sodium phosphate", "dexamethasone", "Decadron", "betamethasone",
        "Celestone Soluspan", "Celestone", "hydrocortisone", "Solu-Cortef", "cortisone",
        // Hyaluronic acids.
        "hyaluronic acid", "sodium hyaluronate", "hyaluronan", "hylan G-F 20", "Synvisc-One", "Synvisc", "Euflexxa",
        "Orthovisc", "Monovisc", "Supartz FX", "Supartz", "Hyalgan", "Gel-One", "GenVisc", "Durolane", "TriVisc",
        "Gelsyn-3", "Hymovis", "Visco-3",
        // Botulinum toxins.
        "botulinum toxin type A", "botulinum toxin type B", "botulinum toxin", "onabotulinumtoxinA", "Botox",
        "abobotulinumtoxinA", "Dysport", "incobotulinumtoxinA", "Xeomin", "rimabotulinumtoxinB", "Myobloc",
        // Others.
        "ketorolac tromethamine", "ketorolac", "Toradol", "vitamin B12", "B12", "cyanocobalamin", "methylcobalamin",
        "platelet-rich plasma", "platelet rich plasma", "PRP", "autologous blood", "dextrose", "Sarapin", "ketamine",
        "normal saline", "saline", "clonidine", "ondansetron", "diphenhydramine", "Benadryl", "promethazine", "Phenergan",
    ];

    /// <summary>The kinds of injection, most specific first, each with the phrases that name it; a longer phrase before a shorter one it starts with.</summary>
    public static ImmutableArray<(string Kind, ImmutableArray<string> Phrases)> Kinds { get; } =
    [
        ("epidural steroid injection", ["epidural steroid injections", "epidural steroid injection", "epidural injections", "epidural injection", "epidural steroid", "epidural block", "epidural", "ESIs", "ESI", "TFESI", "LESI", "CESI", "ILESI"]),
        ("medial branch block", ["medial branch nerve blocks", "medial branch nerve block", "medial branch blocks", "medial branch block", "MBBs", "MBB"]),
        ("facet joint injection", ["facet joint injections", "facet joint injection", "facet injections", "facet injection", "facet joint blocks", "facet joint block", "facet blocks", "facet block"]),
        ("radiofrequency ablation", ["radiofrequency ablation", "radiofrequency neurotomy", "radiofrequency rhizotomy", "radiofrequency", "RFA", "rhizotomy", "neurotomy"]),
        ("trigger point injection", ["trigger point injections", "trigger point injection", "trigger points", "trigger point", "TPIs", "TPI"]),
        ("sacroiliac joint injection", ["sacroiliac joint injections", "sacroiliac joint injection", "sacroiliac injection", "SI joint injections", "SI joint injection", "SIJ injection"]),
        ("nerve block", ["selective nerve root blocks", "selective nerve root block", "nerve root blocks", "nerve root block", "SNRB", "stellate ganglion block", "sympathetic blocks", "sympathetic block", "nerve blocks", "nerve block"]),
        ("viscosupplementation", ["viscosupplementation", "viscosupplement"]),
        ("prolotherapy", ["prolotherapy"]),
        ("neurolytic injection", ["neurolytic", "neurolysis"]),
        ("intra-articular injection", ["intra-articular injections", "intra-articular injection", "intraarticular injection", "joint injections", "joint injection", "intra-articular"]),
        ("infusion", ["infusions", "infusion"]),
    ];

    /// <summary>The approaches of a spinal injection.</summary>
    public static ImmutableArray<string> Approaches { get; } = ["transforaminal", "interlaminar", "translaminar", "caudal"];
}
