using System.Collections.Immutable;
using System.Globalization;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

using ImrParsing.Semantics;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The character rules of the parts citations are made of (the reference of the token reader, moved
/// from src),: years ("2004"), titles ("Low Back Complaints"), pages
/// ("Page(s): 98-99", "pages 78, 80, 91"), chapters ("Chapter 12") and effective dates
/// ("(Effective July 18, 2009)").
/// </summary>
internal static class PidginCitationGrammar
{
    private static readonly Parser<char, Unit> WordEnd = PidginTextParsers.NotAt(Parser<char>.Token(char.IsLetterOrDigit));

    private static readonly Parser<char, char> Dash = TextParsers.AnyOf("-\u2013");

    /// <summary>A whole number of one to five digits.</summary>
    public static Parser<char, int> Number { get; } =
        TextParsers.Digits
            .Assert(digits => digits.Length <= 5, "at most five digits")
            .Select(digits => int.Parse(digits, CultureInfo.InvariantCulture))
            .Before(WordEnd);

    /// <summary>A guideline's year: four digits from 1900 to 2099, a whole word ("2004", "2016,").</summary>
    public static Parser<char, (int Value, OffsetRange Range)> Year { get; } =
        PidginTextParsers.WithRange(
            TextParsers.Digits
                .Assert(digits => digits.Length == 4 && (digits.StartsWith("19", StringComparison.Ordinal) || digits.StartsWith("20", StringComparison.Ordinal)), "a four-digit year")
                .Select(digits => int.Parse(digits, CultureInfo.InvariantCulture)))
            .Before(WordEnd);

    /// <summary>A title that runs up to a year ("Low Back Complaints" in "Low Back Complaints 2004"); the year is left for the next rule.</summary>
    public static Parser<char, OffsetRange> TitleBeforeYear { get; } = TitleReader.BeforeYear(CitationGrammar.TitleBarriers);

    /// <summary>
    /// The title of a citation chained after another's sections, up to its year: one of
    /// <see cref="CitationGrammar.TitlesWithCommas"/>, or words without a comma. A list of sections ends where the
    /// next title begins ("Activity Alteration, Work Activities, and Ankle and Foot Complaints
    /// 2004": "Work Activities" is a section, "Ankle and Foot Complaints" the next title).
    /// </summary>
    public static Parser<char, OffsetRange> ChainedTitleBeforeYear { get; } =
        TextParsers.FirstMatch(
        [
            .. CitationGrammar.TitlesWithCommas.Select(title => PidginTextParsers.Captured(TextParsers.Phrase(title).Then(PidginTextParsers.At(Char(' ').Then(Year))))),
            TitleReader.BeforeYear(CitationGrammar.TitleBarriers + ","),
        ]);

    /// <summary>What introduces pages (<see cref="CitationGrammar.PageLeads"/>).</summary>
    public static Parser<char, Unit> PagesLead { get; } =
        TextParsers.FirstMatch([.. CitationGrammar.PageLeads.Select(TextParsers.Phrase)]).Before(WordEnd);

    /// <summary>A page or a range of pages ("98", "98-99").</summary>
    public static Parser<char, OffsetRange> PageRef { get; } =
        PidginTextParsers.Captured(PidginTextParsers.SkipDigits.Then(
            PidginTextParsers.At(Dash.Then(Digit)).Then(Dash).Then(PidginTextParsers.SkipDigits).Optional()));

    /// <summary>"Page(s): 98-99", "pages 78, 80, 91": the lead and the pages, a comma between them.</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> Pages { get; } =
        PagesLead.Then(TextParsers.Space).Then(PidginTextParsers.Chain(PageRef, Char(',').Then(TextParsers.Space)));

    /// <summary>Where pages follow a part of a citation: ", Page(s): 29", " Page(s): 98", ", pages 98-99".</summary>
    public static Parser<char, Unit> PagesAhead { get; } = PidginTextParsers.StartingWith(
        ", ",
        TextParsers.AnyOf(", ").Then(TextParsers.Space).Then(PagesLead).Then(TextParsers.Space).Then(Digit).IgnoreResult());

    /// <summary>The pages that close a citation, after a space or a comma.</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> PagesPart { get; } =
        PidginTextParsers.At(PagesAhead).Then(Char(',').Optional()).Then(TextParsers.Space).Then(Pages);

    /// <summary>"Chapter 12", "Chapter 7": the number and where it is.</summary>
    public static Parser<char, (int Value, OffsetRange Range)> Chapter { get; } =
        TextParsers.Phrase("Chapter").Then(TextParsers.Space).Then(PidginTextParsers.WithRange(Number));

    /// <summary>" (Effective July 18, 2009)": the date and where it is.</summary>
    public static Parser<char, (DateOnly Value, OffsetRange Range)> EffectiveDate { get; } =
        TextParsers.Space
            .Then(TextParsers.Phrase("(Effective"))
            .Then(TextParsers.Space)
            .Then(PidginTextParsers.WithRange(DateGrammar.Date))
            .Before(Char(')').Optional());
}
