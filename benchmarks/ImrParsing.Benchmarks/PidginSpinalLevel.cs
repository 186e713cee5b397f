using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;
using static ImrParsing.Semantics.InjectionGrammar;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A spinal level as a Pidgin grammar over characters, which the injection reader ran at each word
/// that starts with a vertebra's letter (through <c>Scan.TryAt</c>) before <see cref="SpinalLevelReader"/>:
/// the benchmarks' baseline and the tests' reference.
/// </summary>
internal static class PidginSpinalLevel
{
    // A vertebra's number: one or two digits.
    private static Parser<char, Unit> LevelNumber { get; } =
        TextParsers.Digits.Assert(digits => digits.Length <= MaxVertebraDigits, "a vertebra's number").IgnoreResult();

    // A vertebra: its region's letter and number ("L5", "S1", "T12").
    private static Parser<char, Unit> Vertebra { get; } = TextParsers.AnyOf(VertebraLetters).Then(LevelNumber);

    /// <summary>A spinal level or a disc between two: "L4", "L4-5", "L5-S1", "C5/6", "T12-L1"; returns its range.</summary>
    public static Parser<char, OffsetRange> Level { get; } =
        PidginTextParsers.Captured(
                Vertebra.Then(OneOf(
                        TextParsers.Joiner(LevelJoiners).Then(LevelNumber),
                        PidginTextParsers.PhraseBefore("-", Vertebra).Then(Vertebra),
                        PidginTextParsers.PhraseBefore("/", Vertebra).Then(Vertebra))
                    .Optional()))
            .Before(Not(Parser<char>.Token(char.IsLetterOrDigit)));

    private static readonly Parser<char, (OffsetRange Value, int End)> Rule = PidginAt.Ended(Level);

    /// <summary>Where the level at <paramref name="at"/> of <paramref name="text"/> ends, as the rule read it; -1 when none is there.</summary>
    public static int End(string text, int at) => PidginAt.TryAt(Rule, text, at, out _, out int end) ? end : -1;
}
