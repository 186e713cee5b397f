using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;
using static ImrParsing.Semantics.DateOfServiceGrammar;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The date of service rule as a Pidgin grammar over characters, which the request and medication
/// readers ran at the tokens it could start at (through <c>Scan.TryAt</c>) before
/// <see cref="DateOfServiceReader"/>: the benchmarks' baseline and the tests' reference.
/// </summary>
internal static class PidginDateOfService
{
    /// <summary>The date of service and the range of the date itself.</summary>
    public static Parser<char, (DateOnly Value, OffsetRange Range)> DateOfService { get; } =
        OneOf(
            TextParsers.FirstMatch(Labels.Select(TextParsers.Keyword))
                .Then(Char(':').Optional())
                .Then(TextParsers.Space)
                .Then(PidginTextParsers.WithRange(DateGrammar.Date)),
            TextParsers.Keyword(Per)
                .Then(TextParsers.Space)
                .Then(PidginTextParsers.WithRange(DateGrammar.Numeric))
                .Before(TextParsers.Keyword(Order)));

    private static readonly Parser<char, ((DateOnly Value, OffsetRange Range) Value, int End)> Rule = PidginAt.Ended(DateOfService);

    /// <summary>The date of service at <paramref name="at"/> of <paramref name="text"/> as the rule read it, with the date's range and the rule's end.</summary>
    public static DateOnly? Read(string text, int at, out int dateStart, out int dateEnd, out int end)
    {
        if (!PidginAt.TryAt(Rule, text, at, out var date, out end))
        {
            dateStart = dateEnd = end = -1;
            return null;
        }

        dateStart = at + date.Range.Start;
        dateEnd = at + date.Range.End;
        return date.Value;
    }
}
