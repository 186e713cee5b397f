using System.Collections.Frozen;
using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Splits a list of diagnoses as the narratives write it into one range per diagnosis: at
/// semicolons, then at commas and "and", joining back the pieces that are only part of a
/// diagnosis.
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
internal static class DiagnosisList
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

    /// <summary>The diagnoses in <paramref name="list"/> of <paramref name="text"/>, as ranges of <paramref name="text"/>, trimmed.</summary>
    public static ImmutableArray<OffsetRange> Split(string text, OffsetRange list)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<OffsetRange>();
        if (!DiagnosisGrammar.SemicolonSeparated.TryMatch(text.AsSpan(list.Start, list.Length), out var segments))
        {
            return [];
        }

        foreach (var segment in segments)
        {
            var shifted = segment.Shift(list.Start);
            if (ListGrammar.CommaOrAndSeparated.TryMatch(text.AsSpan(shifted.Start, shifted.Length), out var pieces))
            {
                Join(text, [.. pieces.Select(piece => Trim(text, piece.Shift(shifted.Start))).Where(piece => !piece.IsEmpty)], result);
            }
        }

        return result.ToImmutable();
    }

    private static void Join(string text, ImmutableArray<OffsetRange> pieces, ImmutableArray<OffsetRange>.Builder result)
    {
        OffsetRange? group = null;
        bool modifierLed = false;
        OffsetRange last = default;
        for (int i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            var words = Words(text, piece);
            bool bodyPart = IsBodyPart(words);
            bool extend = group is not null && (modifierLed
                || SharesThePart(text, last, piece, words)
                || (bodyPart && (EndsWithBodyPart(Words(text, last)) || IsQualifier(words) || i == pieces.Length - 1))
                || (!bodyPart && EndsWithBodyPart(Words(text, last)) && StartsWithBodyPartAndPreposition(words)));
            if (extend)
            {
                group = new OffsetRange(group!.Value.Start, piece.End);
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
        }

        if (group is { } final)
        {
            result.Add(final);
        }
    }

    // "and or tendon of ankle", "strain" alone, or "sprain with ..." after "and"/"or" and an injury:
    // a piece that continues the diagnosis before it rather than naming one.
    private static bool SharesThePart(string text, OffsetRange last, OffsetRange piece, string[] words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        if (words[0].Equals("or", StringComparison.OrdinalIgnoreCase) || words[0].Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (words.All(IsInjury))
        {
            return true;
        }

        var between = text.AsSpan(last.End, piece.Start - last.End);
        return IsInjury(words[0])
            && words.Length > 1
            && words[1].Equals("with", StringComparison.OrdinalIgnoreCase)
            && !between.Contains(',')
            && Words(text, last) is { Length: > 0 } before
            && IsInjury(before[^1]);
    }

    // "strain", "sprain/strain".
    private static bool IsInjury(string word)
    {
        foreach (var part in word.Split('/'))
        {
            if (!InjuryWords.Contains(part))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Words(string text, OffsetRange range) =>
        text[range.Start..range.End].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('"', '\'', '(', ')', '[', ']', '/', ',', '.'))
            .Where(word => word.Length > 0 && !word.Equals("the", StringComparison.OrdinalIgnoreCase))
            .ToArray();

    private static bool IsBodyPart(string[] words) =>
        words.Length > 0 && words.All(word => AnatomyWords.Contains(word) || QualifierWords.Contains(word));

    private static bool IsQualifier(string[] words) => words.Length > 0 && words.All(QualifierWords.Contains);

    private static bool EndsWithBodyPart(string[] words) => words.Length > 0 && AnatomyWords.Contains(words[^1]);

    private static bool StartsWithBodyPartAndPreposition(string[] words) =>
        words.Length > 1 && AnatomyWords.Contains(words[0]) && Prepositions.Contains(words[1]);

    // Space, quotes and a leading article or "and" are not part of the diagnosis.
    private static OffsetRange Trim(string text, OffsetRange range)
    {
        int start = range.Start;
        int end = range.End;
        bool trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            while (start < end && (text[start] is ' ' or '"' or '\u201C' or '\u201D'))
            {
                start++;
                trimmed = true;
            }

            foreach (string word in (ReadOnlySpan<string>)["and ", "a ", "an "])
            {
                if (end - start > word.Length && text.AsSpan(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    start += word.Length;
                    trimmed = true;
                }
            }
        }

        while (end > start && (text[end - 1] is ' ' or '"' or '\u201C' or '\u201D' or ','))
        {
            end--;
        }

        return new OffsetRange(start, end);
    }
}
