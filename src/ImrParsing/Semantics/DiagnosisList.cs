using System.Collections.Frozen;
using ImrParsing.Lexing;
using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Semantics;

/// <summary>
/// Splits a list of diagnoses as the narratives write it, read from its tokens, into one stretch
/// of tokens per diagnosis: at semicolons, then at commas and "and", joining back the pieces that
/// are only part of a diagnosis.
/// </summary>
/// <remarks>
/// Commas and "and" also join body parts inside one diagnosis, so a piece made only of body parts
/// and their qualifiers (<see cref="AnatomyWords"/>, <see cref="QualifierWords"/>) is not a
/// diagnosis of its own:
/// <list type="bullet">
/// <item>at the head of a diagnosis it distributes over the next piece: "lumbar, hip, and neck
/// strain", "right and left shoulder joint sprain", "back and left shoulder pain";</item>
/// <item>after a piece that ends in a body part, or at the end of the list, it continues that
/// piece: "contusion of face, scalp and neck", "strain in right hip, ankle, and foot",
/// "dislocation, shoulder", "sprain of ligaments of lumbar spine, subsequent encounter".</item>
/// </list>
/// A piece that starts with a body part and a preposition continues a piece that ends in a body
/// part: "strain of muscle, fascia and tendon at neck level". A piece that starts with "or"/"and"
/// ("tear of ligament and or tendon of ankle"), a bare injury ("lumbar sprain and strain") and an
/// injury before "with" after "and" ("knee strain and sprain with meniscus tear") continue the
/// diagnosis before them (<see cref="InjuryWords"/>). Everything else is a diagnosis of
/// its own: "contusion to the head, neck strain, and right hand contusion" gives three.
/// </remarks>
internal static partial class DiagnosisList
{
    /// <summary>Body parts, sides and levels: the words a piece may be made of and still be part of a diagnosis.</summary>
    public static FrozenSet<string> AnatomyWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "right", "left", "bilateral", "upper", "lower", "low", "mid", "middle", "proximal", "distal", "anterior", "posterior",
        "lateral", "medial", "head", "face", "facial", "scalp", "skull", "jaw", "neck", "throat", "back", "spine", "spinal",
        "cervical", "thoracic", "lumbar", "lumbosacral", "sacral", "sacrum", "sacroiliac", "thoracolumbar", "coccyx",
        "shoulder", "shoulders", "arm", "arms", "elbow", "elbows", "forearm", "forearms", "wrist", "wrists", "hand", "hands",
        "finger", "fingers", "thumb", "thumbs", "hip", "hips", "thigh", "thighs", "knee", "knees", "leg", "legs", "ankle",
        "ankles", "foot", "feet", "toe", "toes", "heel", "heels", "buttock", "buttocks", "groin", "pelvis", "chest", "abdomen",
        "abdominal", "rib", "ribs", "muscle", "muscles", "fascia", "tendon", "tendons", "ligament", "ligaments", "joint",
        "joints", "bone", "bones", "extremity", "extremities", "limb", "limbs", "girdle", "wall", "region", "level", "side", "sided", "area");

    /// <summary>Words that qualify a diagnosis without naming one: "initial encounter", "subsequent", "sequela", "unspecified".</summary>
    public static FrozenSet<string> QualifierWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "initial", "subsequent", "encounter", "sequela", "unspecified");

    /// <summary>
    /// Injuries named by what happened to a part, which need the part to be a diagnosis: "strain",
    /// "sprain", "tear", "contusion". Alone, or before "with ...", such a word after "and"/"or"
    /// shares the part of the diagnosis before it ("lumbar sprain and strain", "left knee strain and
    /// sprain with medial meniscus tear"); with a part of its own it is a diagnosis ("contusion of
    /// the right elbow").
    /// </summary>
    public static FrozenSet<string> InjuryWords { get; } = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "strain", "strains", "sprain", "sprains", "tear", "tears", "contusion", "contusions", "laceration", "lacerations",
        "fracture", "fractures", "dislocation", "dislocations", "subluxation", "abrasion", "abrasions", "avulsion",
        "rupture", "crush", "injury", "injuries", "derangement", "instability");

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "at", "of", "in", "to", "on");

    /// <summary>
    /// The diagnoses in the list from token <paramref name="first"/> up to <paramref name="stop"/>
    /// of <paramref name="text"/>, added to <paramref name="diagnoses"/>: each its first and last
    /// token, without the space, quotes and leading article or "and" around it.
    /// </summary>
    public static void Split(LexedText text, int first, int stop, List<(int First, int Last)> diagnoses)
    {
        // The pieces of a segment, in a list each thread keeps: a list's split allocates nothing.
        var pieces = PerThreadList<(int First, int Last)>.Take();
        int segment = first;
        for (int t = first; t <= stop; t++)
        {
            if (t == stop || text.IsMark(t, ';'))
            {
                Pieces(text, segment, t, pieces);
                Join(text, pieces, diagnoses);
                pieces.Clear();
                segment = t + 1;
            }
        }

        PerThreadList<(int First, int Last)>.Give(pieces);
    }

    // The pieces of a segment between semicolons, split at "," (with an "and" after it) and at " and ", trimmed.
    private static void Pieces(LexedText text, int first, int stop, List<(int First, int Last)> pieces)
    {
        int item = first;
        for (int t = first; t <= stop; t++)
        {
            bool comma = t < stop && text.IsMark(t, ',');
            if (t < stop && !comma && !(text.IsWord(t, "and") && text.SpaceBefore(t) && text.SpaceBefore(t + 1)))
            {
                continue;
            }

            if (Trim(text, item, t) is { } piece)
            {
                pieces.Add(piece);
            }

            item = t + 1;
            if (comma && text.IsWord(t + 1, "and") && text.SpaceBefore(t + 2) && t + 1 < stop)
            {
                item = t + 2;
            }

            t = item - 1;
        }
    }

    private static void Join(LexedText text, List<(int First, int Last)> pieces, List<(int First, int Last)> result)
    {
        (int First, int Last)? group = null;
        bool modifierLed = false;
        (int First, int Last) last = default;
        PieceWords lastWords = default;
        for (int i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var words = PieceWords.Of(text, piece);
            bool bodyPart = words.AllBodyParts;
            bool extend = group is not null && (modifierLed
                || SharesThePart(text, last, lastWords, piece, words)
                || (bodyPart && (lastWords.LastIsAnatomy || words.AllQualifiers || i == pieces.Count - 1))
                || (!bodyPart && lastWords.LastIsAnatomy && words.StartsWithBodyPartAndPreposition));
            if (extend)
            {
                group = (group!.Value.First, piece.Last);
                modifierLed &= bodyPart;
            }
            else
            {
                if (group is { } done)
                {
                    result.Add(done);
                }

                group = piece;
                modifierLed = bodyPart;
            }

            last = piece;
            lastWords = words;
        }

        if (group is { } final)
        {
            result.Add(final);
        }
    }

    // "and or tendon of ankle", "strain" alone, or "sprain with ..." after "and"/"or" and an injury:
    // a piece that continues the diagnosis before it rather than naming one.
    private static bool SharesThePart(LexedText text, (int First, int Last) last, PieceWords before, (int First, int Last) piece, PieceWords words) =>
        words.Count > 0
        && (words.FirstIsConjunction
            || words.AllInjuries
            || (words.FirstIsInjury && words.SecondIsWith && !HasComma(text, last.Last + 1, piece.First) && before.LastIsInjury));

    private static bool HasComma(LexedText text, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (text.IsMark(t, ','))
            {
                return true;
            }
        }

        return false;
    }

    // Quotes and a leading article or "and" are not part of the diagnosis, nor a comma after it;
    // null when nothing else is left.
    private static (int First, int Last)? Trim(LexedText text, int first, int stop)
    {
        int start = first;
        int end = stop;
        bool trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            while (start < end && IsQuote(text, start))
            {
                start++;
                trimmed = true;
            }

            foreach (string word in (ReadOnlySpan<string>)["and", "a", "an"])
            {
                if (start + 1 < end && text.IsWord(start, word) && text.SpaceBefore(start + 1))
                {
                    start++;
                    trimmed = true;
                }
            }
        }

        while (end > start && (IsQuote(text, end - 1) || text.IsMark(end - 1, ',')))
        {
            end--;
        }

        return end > start ? (start, end - 1) : null;
    }

    private static bool IsQuote(LexedText text, int index) =>
        text.IsMark(index, '"') || text.IsMark(index, '\u201C') || text.IsMark(index, '\u201D');
}
