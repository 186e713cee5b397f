using System.Collections.Immutable;

namespace ImrParsing.Semantics;

/// <summary>
/// Words that make a request a medication request even without a strength ("Etodolac", "Post-op
/// Zofran", "Lidocaine patch"): drugs and products common in workers' compensation, by generic and
/// brand name, and dosage forms. Requests with a strength ("Viagra 50mg") are medications whatever
/// the name, so this list only needs the names letters write alone.
/// </summary>
internal static class MedicationNames
{
    /// <summary>Drug and product names.</summary>
    public static ImmutableArray<string> Drugs { get; } =
    [
        // Opioids and other analgesics.
        "Norco", "Hydrocodone", "Vicodin", "Percocet", "Oxycodone", "OxyContin", "Oxymorphone", "Opana", "Morphine",
        "MS Contin", "Kadian", "Hydromorphone", "Dilaudid", "Methadone", "Fentanyl", "Duragesic", "Buprenorphine",
        "Butrans", "Suboxone", "Tapentadol", "Nucynta", "Tramadol", "Ultram", "Ultracet", "Codeine", "Tylenol",
        "Acetaminophen", "Fioricet", "Fiorinal", "Butalbital", "Trezix", "Naloxone", "Narcan",
        // Anti-inflammatories.
        "Ibuprofen", "Motrin", "Naproxen", "Anaprox", "Naprosyn", "Etodolac", "Diclofenac", "Voltaren", "Arthrotec",
        "Flector", "Pennsaid", "Celecoxib", "Celebrex", "Meloxicam", "Mobic", "Nabumetone", "Relafen", "Ketoprofen",
        "Ketorolac", "Toradol", "Indomethacin", "Flurbiprofen", "Aspirin", "Misoprostol",
        // Muscle relaxants and neuropathic agents.
        "Cyclobenzaprine", "Flexeril", "Amrix", "Fexmid", "Baclofen", "Tizanidine", "Zanaflex", "Carisoprodol", "Soma",
        "Methocarbamol", "Robaxin", "Metaxalone", "Skelaxin", "Orphenadrine", "Norflex", "Chlorzoxazone", "Lorzone",
        "Parafon", "Gabapentin", "Neurontin", "Gralise", "Pregabalin", "Lyrica", "Topiramate", "Topamax",
        // Antidepressants, sleep and anxiety.
        "Duloxetine", "Cymbalta", "Amitriptyline", "Elavil", "Nortriptyline", "Pamelor", "Venlafaxine", "Effexor",
        "Bupropion", "Wellbutrin", "Sertraline", "Zoloft", "Fluoxetine", "Prozac", "Escitalopram", "Lexapro",
        "Citalopram", "Celexa", "Trazodone", "Mirtazapine", "Zolpidem", "Ambien", "Eszopiclone", "Lunesta",
        "Temazepam", "Restoril", "Diazepam", "Valium", "Alprazolam", "Xanax", "Clonazepam", "Klonopin", "Lorazepam",
        "Ativan", "Buspirone",
        // Stomach and bowel.
        "Omeprazole", "Prilosec", "Pantoprazole", "Protonix", "Esomeprazole", "Nexium", "Lansoprazole", "Prevacid",
        "Dexilant", "Famotidine", "Pepcid", "Ranitidine", "Zantac", "Ondansetron", "Zofran", "Docusate", "Colace",
        "Senna", "Senokot", "Miralax", "Lactulose", "Linzess", "Amitiza", "Movantik",
        // Topicals and compounds.
        "Lidocaine", "Lidoderm", "Lidopro", "Terocin", "Salonpas", "Menthoderm", "Medrox", "Biofreeze", "Ben-Gay",
        "Capsaicin", "Menthol", "Methyl salicylate", "Dextromethorphan", "Bupivacaine", "Anecream", "Cyclophene",
        "Ketophene",
        // Oral suspension kits.
        "Deprizine", "Dicopanol", "Fanatrex", "Synapryn", "Tabradol",
        // Others.
        "Prednisone", "Medrol", "Methylprednisolone", "Dexamethasone", "Sumatriptan", "Imitrex", "Viagra", "Cialis",
        "Sildenafil", "Tadalafil", "Levitra", "Modafinil", "Provigil", "Nuvigil", "Testosterone", "AndroGel",
        "Theramine", "Sentra", "Trepadone", "Gabadone", "Metformin", "Lisinopril", "Insulin", "Vitamin D",
    ];

    /// <summary>Dosage forms and words of prescriptions.</summary>
    public static ImmutableArray<string> Forms { get; } =
    [
        "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "oral suspension", "cream", "ointment", "gel",
        "lotion", "transdermal", "patch", "patches", "refill", "refills", "by mouth", "compounded", "compound",
    ];
}
