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
    /// <summary>The date of service and the range of the date itself.</summary>
    public static Parser<char, (DateOnly Value, OffsetRange Range)> DateOfService { get; } =
        OneOf(
            TextParsers.FirstMatch(
            [
                TextParsers.Keyword("DOS"),
                TextParsers.Keyword("dates of service"),
                TextParsers.Keyword("date of service"),
            ])
                .Then(Char(':').Optional())
                .Then(TextParsers.Space)
                .Then(TextParsers.WithRange(DateGrammar.Date)),
            TextParsers.Keyword("per")
                .Then(TextParsers.Space)
                .Then(TextParsers.WithRange(DateGrammar.Numeric))
                .Before(TextParsers.Keyword(" order")));
}
