using ImrParsing.Lexing;
using ImrParsing.Parsers.Combinators;
using static ImrParsing.Semantics.InjectionGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a spinal level or a disc between two ("L4", "L4-5", "L5-S1", "C5/6", "T12-L1") with
/// <see cref="InjectionGrammar"/>'s letters and joiners, on a request's tokens: a vertebra is one
/// token, its region's letter and one or two digits; a joiner, with no white space around it, then
/// a number of one or two digits or another vertebra. As the Pidgin rule it replaced (the
/// benchmarks' baseline) did, a joiner and a number that is not one ("L4-512", "L4-5a") read no
/// level, and a token that only starts like a vertebra ("L4x") reads none.
/// </summary>
internal static class SpinalLevelReader
{
    /// <summary>The last token of the level at token <paramref name="index"/> of <paramref name="words"/>; -1 when none is there.</summary>
    public static int Last(LexedText words, int index)
    {
        if (Vertebra(words, index) is not true)
        {
            return -1;
        }

        int joiner = index + 1, next = index + 2;
        if (next >= words.Count || words.SpaceBefore(joiner) || words.SpaceBefore(next) || words.Tokens[joiner].Kind != TokenKind.Punctuation
            || !LevelJoiners.Contains(words.Text[words.Tokens[joiner].Start], StringComparison.Ordinal))
        {
            return index;
        }

        if (char.IsAsciiDigit(words.Chars(next)[0]))
        {
            // "L4-5": the joiner read, the number must be one, and the whole token.
            return words.Tokens[next].Kind == TokenKind.Number && words.Chars(next).Length <= MaxVertebraDigits ? next : -1;
        }

        // "L5-S1", "C7/T1"; a token that is no vertebra leaves the joiner unread ("L4-Lumbar", "L4-S123").
        return Vertebra(words, next) switch
        {
            true => next,
            false => -1,
            null => index,
        };
    }

    // "L5", "T12": true when token `index` is a region's letter and one or two digits; false when it
    // only starts with them ("L4x"); null when it does not ("Lumbar", "T123").
    private static bool? Vertebra(LexedText words, int index)
    {
        var chars = words.Chars(index);
        if (!VertebraLetters.Contains(chars[0], StringComparison.Ordinal))
        {
            return null;
        }

        int digits = TextParsers.AsciiDigitsLength(chars[1..]);
        return digits is 0 or > MaxVertebraDigits ? null : digits + 1 == chars.Length;
    }
}
