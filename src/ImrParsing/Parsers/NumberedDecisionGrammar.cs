using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>A decision stated in a sentence: where its request and its verdict are.</summary>
/// <param name="Request">The treatment decided ("a 28 day functional restoration program").</param>
/// <param name="Verdict">"not medically necessary" or "medically necessary".</param>
/// <param name="Decision">What the verdict decides: <see cref="Decision.Upheld"/> for "not medically necessary".</param>
internal readonly record struct VerdictSyntax(OffsetRange Request, OffsetRange Verdict, Decision Decision)
{
    /// <summary>True when the treatment was found medically necessary (the denial is overturned).</summary>
    public bool Necessary => Decision == Decision.Overturned;
}

/// <summary>
/// The numbered decisions of the older layouts, a sentence each:
/// <code>
/// 1) MAXIMUS Federal Services, Inc. has determined the request for a 28 day functional
///    restoration program is not medically necessary and appropriate.
/// 2. Physical therapy for the lumbar spine is medically necessary and appropriate.
/// </code>
/// The request is the text between "the request for" (or "has determined", or the number) and
/// "is (not) medically necessary"; "not medically necessary" upholds the denial, "medically
/// necessary" overturns it. Extracted text sometimes loses the space in "notmedically", which is read the same.
/// The verdicts are the default <see cref="VerdictGrammar"/>'s; a parser with other
/// <see cref="VerdictPhrase"/>s reads with its own (<see cref="ImrParser.Verdicts"/>).
/// </summary>
public static class NumberedDecisionGrammar
{
    /// <summary>The phrases that end a request, each with the space before its verb (<see cref="VerdictGrammar.Ends"/>).</summary>
    internal static IReadOnlyList<string> VerdictPhrases => VerdictGrammar.Default.Ends;

    /// <summary>"1)", "2.", "(3)" and the space after it: the number that starts an item.</summary>
    public static Parser<char, OffsetRange> Number { get; } =
        TextParsers.Captured(OneOf(
                Char('(').Then(TextParsers.SkipDigits).Then(Char(')')),
                TextParsers.SkipDigits.Then(TextParsers.AnyOf(")."))))
            .Before(TextParsers.RequiredSpace)
            .Labelled("an item number such as \"1)\" or \"2.\"");

    /// <summary>" is not medically necessary", " are medically necessary": the verdict, its range from "not" or "medically" on.</summary>
    internal static Parser<char, (OffsetRange Range, bool Necessary)> Verdict { get; } =
        VerdictGrammar.Default.Verdict.Select(verdict => (verdict.Range, verdict.Decision == Decision.Overturned));

    /// <summary>
    /// Where the request starts in the text before the verdict: after "the request for", else after
    /// "has determined (that)", else at the start.
    /// </summary>
    internal static Parser<char, OffsetRange> Request { get; } = OneOf(
        TextParsers.Until("the request for").Then(TextParsers.Phrase("the request for")).Then(TextParsers.RequiredSpace).Then(TextParsers.Rest),
        TextParsers.Until("has determined").Then(TextParsers.Phrase("has determined")).Then(TextParsers.RequiredSpace)
            .Then(TextParsers.Phrase("that").Then(TextParsers.RequiredSpace).Optional()).Then(TextParsers.Rest),
        TextParsers.Rest);

    /// <summary>A decision sentence after its number: the text up to the verdict, and the verdict.</summary>
    internal static Parser<char, VerdictSyntax> Sentence => VerdictGrammar.Default.Sentence;
}
