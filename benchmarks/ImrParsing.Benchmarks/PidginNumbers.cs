using System.Globalization;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using static ImrParsing.Semantics.QuantityGrammar;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The numbers and ranges of requests as Pidgin rules over characters, which the quantity and
/// medication grammars were written with before <c>QuantityReader</c>'s numbers and amounts by hand:
/// the baselines' and the reference tests' rules.
/// </summary>
internal static class PidginNumbers
{
    /// <summary>A whole number of at most three digits ("12"); a longer run of digits is not a quantity.</summary>
    public static Parser<char, int> Integer { get; } =
        TextParsers.Digits
            .Assert(digits => digits.Length <= 3, "a number of at most three digits")
            .Select(digits => int.Parse(digits, CultureInfo.InvariantCulture));

    /// <summary>A number written as a word, "one" to "twenty", "thirty", ...; any case.</summary>
    public static Parser<char, int> NumberWord { get; } =
        OneOf(NumberWords.Select(word => TextParsers.Keyword(word.Word).ThenReturn(word.Value)));

    /// <summary>A number in digits or words, with where it is.</summary>
    public static Parser<char, StatedNumber> Number { get; } =
        PidginTextParsers.WithRange(OneOf(Integer, NumberWord)).Select(found => new StatedNumber(found.Value, found.Range));

    /// <summary>A number or a range: "4", "Twelve", "7-10", "1-2", "two to three".</summary>
    public static Parser<char, StatedAmount> Amount { get; } =
        Map(
            (low, high) => new StatedAmount(low, high.HasValue ? high.Value : null),
            Number,
            OneOf(TextParsers.Joiner("-\u2013").IgnoreResult(), PidginTextParsers.PhraseBefore(" to ", Number))
                .Then(Number)
                .Optional());
}
