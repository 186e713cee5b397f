using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// How retrospective requests date their service: "DOS: 11/11/2016", "(DOS 12/29/16)", "date of
/// service 11/14/16", and the order a retrospective medication request refers to, "per 12/07/2016 order".
/// </summary>
internal static class DateOfServiceGrammar
{
    // The words that say a date of service follows: "DOS: 11/11/2016".
    private static readonly string[] Labels = ["DOS", "dates of service", "date of service"];

    // The word before the date of the order a request refers to: "per 12/07/2016 order".
    private const string Per = "per";

    /// <summary>The phrases a date of service starts with, where a reader tries <see cref="DateOfService"/>.</summary>
    public static IEnumerable<string> Leads { get; } = [.. Labels, Per];

    /// <summary>The date of service and the range of the date itself.</summary>
    public static Parser<char, (DateOnly Value, OffsetRange Range)> DateOfService { get; } =
        OneOf(
            TextParsers.FirstMatch(Labels.Select(TextParsers.Keyword))
                .Then(Char(':').Optional())
                .Then(TextParsers.Space)
                .Then(TextParsers.WithRange(DateGrammar.Date)),
            TextParsers.Keyword(Per)
                .Then(TextParsers.Space)
                .Then(TextParsers.WithRange(DateGrammar.Numeric))
                .Before(TextParsers.Keyword(" order")));
}
