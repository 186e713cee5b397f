using ImrParsing.Parsers.Combinators;
using static ImrParsing.Semantics.InjectionGrammar;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads a spinal level or a disc between two ("L4", "L4-5", "L5-S1", "C5/6", "T12-L1") with
/// <see cref="InjectionGrammar"/>'s letters and joiners, written by hand as the Pidgin rule it
/// replaced (the benchmarks' baseline) read it: a vertebra's letter and one or two digits, then
/// another number or vertebra after a joiner, and no letter or digit after the level. A joiner
/// and a number of three digits ("L4-512") read none.
/// </summary>
internal static class SpinalLevelReader
{
    /// <summary>Where the level at <paramref name="at"/> of <paramref name="text"/> ends; -1 when none is there.</summary>
    public static int End(string text, int at)
    {
        int end = VertebraEnd(text, at);
        if (end < 0)
        {
            return -1;
        }

        if (end + 1 < text.Length && LevelJoiners.Contains(text[end], StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(text[end + 1]))
            {
                // "L4-5": the joiner read, the number must be one.
                int digits = TextParsers.AsciiDigitsLength(text.AsSpan(end + 1));
                if (digits > MaxVertebraDigits)
                {
                    return -1;
                }

                end += 1 + digits;
            }
            else if (VertebraEnd(text, end + 1) is int vertebra and >= 0)
            {
                // "L5-S1", "C7/T1".
                end = vertebra;
            }
        }

        return end < text.Length && char.IsLetterOrDigit(text[end]) ? -1 : end;
    }

    // "L5", "T12": a region's letter and one or two digits.
    private static int VertebraEnd(string text, int at)
    {
        if (at >= text.Length || !VertebraLetters.Contains(text[at], StringComparison.Ordinal))
        {
            return -1;
        }

        int digits = TextParsers.AsciiDigitsLength(text.AsSpan(at + 1));
        return digits is 0 or > MaxVertebraDigits ? -1 : at + 1 + digits;
    }
}
