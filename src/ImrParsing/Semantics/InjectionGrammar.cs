using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// How injection and infusion requests name what is injected and where: the words of a drug with
/// its amount and strength ("2cc of bupivacaine 0.5%", "1 mL of Kenalog 40 mg/ml", "80mg Depo-Medrol",
/// "triamcinolone (Kenalog) 40mg"; <see cref="InjectionDrugReader"/> reads them), the kind of injection and its approach
/// (<see cref="InjectionNames"/>) and spinal levels ("L4-5", "L5-S1", "C5/6", "T12-L1", "L4").
/// </summary>
internal static class InjectionGrammar
{
    /// <summary>The units of an amount given ("2cc", "1 mL"), in the order they are tried.</summary>
    internal static readonly string[] AmountUnits = ["cc", "ccs", "ml", "mls", "mg", "mcg", "units", "unit", "IU"];

    /// <summary>The word between an amount and its drug: "2cc of bupivacaine".</summary>
    internal const string AmountOf = " of ";

    /// <summary>What encloses a drug's brand name after it: "triamcinolone (Kenalog)".</summary>
    internal const string BrandOpen = " (";

    /// <summary>The end of a brand name in brackets.</summary>
    internal const char BrandClose = ')';

    /// <summary>A kind of injection, canonical (<see cref="InjectionNames.Kinds"/>), with its rank there (lower is more specific).</summary>
    public static Parser<char, (string Kind, int Rank)> Kind { get; } =
        TextParsers.FirstMatch(InjectionNames.Kinds.SelectMany((kind, rank) => kind.Phrases.Select(phrase => TextParsers.Keyword(phrase).ThenReturn((kind.Kind, rank)))));

    /// <summary>The approach of a spinal injection: "transforaminal", "interlaminar", "caudal"; canonical in lower case.</summary>
    public static Parser<char, string> Approach { get; } =
        TextParsers.FirstMatch(InjectionNames.Approaches.Select(approach => TextParsers.Keyword(approach).ThenReturn(approach)));

    // A vertebra's number: one or two digits.
    private static Parser<char, Unit> LevelNumber { get; } =
        TextParsers.Digits.Assert(digits => digits.Length <= 2, "a vertebra's number").IgnoreResult();

    /// <summary>The letters of the spine's regions a vertebra is named with: a level starts with one.</summary>
    public const string VertebraLetters = "CTLSctls";

    // A vertebra: its region's letter and number ("L5", "S1", "T12").
    private static Parser<char, Unit> Vertebra { get; } = TextParsers.AnyOf(VertebraLetters).Then(LevelNumber);

    /// <summary>A spinal level or a disc between two: "L4", "L4-5", "L5-S1", "C5/6", "T12-L1"; returns its range.</summary>
    public static Parser<char, OffsetRange> Level { get; } =
        TextParsers.Captured(
                Vertebra.Then(OneOf(
                        TextParsers.Joiner("-/").Then(LevelNumber),
                        TextParsers.PhraseBefore("-", Vertebra).Then(Vertebra),
                        TextParsers.PhraseBefore("/", Vertebra).Then(Vertebra))
                    .Optional()))
            .Before(Not(Parser<char>.Token(char.IsLetterOrDigit)));
}
