using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The sections after "Section(s):", separated by commas. Section names hold commas of their own,
/// so a comma separates two sections only when it stands outside brackets ("Naproxen (Naprosyn,
/// Anaprox)"), the next words do not continue the name in lower case ("TENS, chronic pain",
/// "Opioids, criteria for use") and the name is not one of <see cref="SectionListGrammar.NamesWithCommas"/>.
/// Numbered sections ("3.3.6 Opioids for Chronic Pain ...: Use of Urine Drug Testing (UDT)") are
/// separated only before the next number, whatever commas their names hold.
/// </summary>
internal static class PidginSectionListGrammar
{
    /// <summary>A section number followed by a space: "3.3.9 ", "4.1 ", "3. ".</summary>
    public static Parser<char, Unit> SectionNumber { get; } =
        PidginTextParsers.SkipDigits
            .Then(PidginTextParsers.At(Char('.').Then(Digit)).Then(Char('.')).Then(PidginTextParsers.SkipDigits).Many())
            .Then(Char('.').Optional())
            .Then(Char(' '))
            .IgnoreResult();

    /// <summary>The sections of a list that ends where <paramref name="end"/> matches (or with the text); fails, consuming nothing, on an empty list.</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> List(Parser<char, Unit> end)
    {
        ArgumentNullException.ThrowIfNull(end);
        return TextParsers.FirstMatch([Numbered(end), new SectionListReader(end)]);
    }

    private static Parser<char, ImmutableArray<OffsetRange>> Numbered(Parser<char, Unit> end)
    {
        var nextNumber = TextParsers.Phrase(", ").Then(SectionNumber);
        var item = PidginTextParsers.At(SectionNumber)
            .Then(PidginTextParsers.UpTo(TextParsers.FirstMatch([end, nextNumber])).Or(PidginTextParsers.Rest));
        return PidginTextParsers.Chain(item, TextParsers.Phrase(", "));
    }
}
