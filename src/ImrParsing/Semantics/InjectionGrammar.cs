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
/// (<see cref="InjectionNames"/>) and the letters and joiners of spinal levels ("L4-5", "L5-S1", "C5/6",
/// "T12-L1", "L4"; <see cref="SpinalLevelReader"/> reads them).
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

    /// <summary>The most digits a vertebra's number has ("T12").</summary>
    internal const int MaxVertebraDigits = 2;

    /// <summary>The letters of the spine's regions a vertebra is named with: a level starts with one.</summary>
    public const string VertebraLetters = "CTLSctls";

    /// <summary>What joins the two ends of a level ("L4-5", "C5/6", "L5-S1").</summary>
    internal const string LevelJoiners = "-/";
}
