using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

public sealed partial class BodyRegionClassifier
{
    /// <summary>
    /// The classifier the parser uses: the regions the IMR letters name, spinal levels included
    /// ("L4-5" is the lumbar spine), and the side words. The spine's parts come before "spine" and
    /// "back", so that "low back" is the lumbar spine and "cervical, thoracic and lumbar spine" three regions.
    /// </summary>
    public static BodyRegionClassifier Default { get; } = new(
        [
            new("cervical spine", ["cervical spine", "cervical", "c-spine", "neck", .. Levels('C', 1, 7)]),
            new("thoracic spine", ["thoracic spine", "thoracic", "t-spine", "upper back", "mid back", "thoracolumbar", .. Levels('T', 1, 12)]),
            new("lumbar spine", ["lumbosacral spine", "lumbosacral", "lumbar spine", "lumbar", "l-spine", "low back", "lower back", .. Levels('L', 1, 5), "S1"]),
            new("spine", "spine"),
            new("sacroiliac joint", "sacroiliac joint", "sacroiliac", "SI joint"),
            new("back", "back"),
            new("shoulder", "shoulders", "shoulder"),
            new("elbow", "elbows", "elbow"),
            new("forearm", "forearms", "forearm"),
            new("wrist", "wrists", "wrist", "carpal tunnel"),
            new("hand", "hands", "hand"),
            new("finger", "fingers", "finger", "thumb", "thumbs"),
            new("upper extremity", "upper extremities", "upper extremity", "upper limbs", "upper limb", "arms", "arm", "UE"),
            new("upper extremity", "RUE") { Side = BodySide.Right },
            new("upper extremity", "LUE") { Side = BodySide.Left },
            new("upper extremity", "BUE") { Side = BodySide.Bilateral },
            new("hip", "hips", "hip"),
            new("knee", "knees", "knee"),
            new("ankle", "ankles", "ankle"),
            new("foot", "feet", "foot", "heel"),
            new("toe", "toes", "toe"),
            new("leg", "lower legs", "lower leg", "legs", "leg", "thigh", "calf"),
            new("lower extremity", "lower extremities", "lower extremity", "lower limbs", "lower limb", "LE"),
            new("lower extremity", "RLE") { Side = BodySide.Right },
            new("lower extremity", "LLE") { Side = BodySide.Left },
            new("lower extremity", "BLE") { Side = BodySide.Bilateral },
            new("head", "head", "skull"),
            new("brain", "brain", "brainstem"),
            new("jaw", "jaw", "TMJ", "temporomandibular"),
            new("chest", "chest", "ribs", "rib"),
            new("abdomen", "abdomen", "abdominal"),
            new("pelvis", "pelvis", "pelvic"),
            new("groin", "groin"),
            new("buttock", "buttocks", "buttock", "coccyx", "tailbone"),
            new("trapezius", "trapezius"),
        ],
        [
            new(BodySide.Bilateral, "bilateral", "bilaterally", "both"),
            new(BodySide.Left, "left", "Lt"),
            new(BodySide.Right, "right", "Rt"),
        ]);

    // "L1" to "L5": the vertebral levels of a spinal region, as the letters write them ("L4-5", "L5-S1").
    private static string[] Levels(char region, int first, int last) =>
        [.. Enumerable.Range(first, last - first + 1).Select(level => $"{region}{level}")];
}
