using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>A decision stated in a sentence: where its request and its verdict are.</summary>
/// <param name="Request">The treatment decided ("a 28 day functional restoration program").</param>
/// <param name="Verdict">"not medically necessary" or "medically necessary".</param>
/// <param name="Necessary">True when the treatment was found medically necessary (the denial is overturned).</param>
public readonly record struct VerdictSyntax(OffsetRange Request, OffsetRange Verdict, bool Necessary);

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
/// </summary>
public static class NumberedDecisionGrammar
{
    private static readonly string[] Verbs = ["is", "are", "was", "were"];

    /// <summary>The phrases that end a request, each with the space before its verb.</summary>
    public static IReadOnlyList<string> VerdictPhrases { get; } =
    [
        .. Verbs.SelectMany(verb => new[] { $" {verb} not medically necessary", $" {verb} notmedically necessary", $" {verb} medically necessary" }),
    ];

    /// <summary>"1)", "2.", "(3)" and the space after it: the number that starts an item.</summary>
    public static Parser<char, OffsetRange> Number { get; } =
        TextParsers.Captured(OneOf(
                Char('(').Then(Digit.SkipAtLeastOnce()).Then(Char(')')),
                Digit.SkipAtLeastOnce().Then(OneOf(Char(')'), Char('.')))))
            .Before(TextParsers.RequiredSpace)
            .Labelled("an item number such as \"1)\" or \"2.\"");

    /// <summary>" is not medically necessary", " are medically necessary": the verdict, its range from "not" or "medically" on.</summary>
    public static Parser<char, (OffsetRange Range, bool Necessary)> Verdict { get; } =
        TextParsers.RequiredSpace
            .Then(OneOf(Verbs.Select(verb => TextParsers.Phrase(verb))))
            .Then(TextParsers.RequiredSpace)
            .Then(TextParsers.WithRange(OneOf(
                TextParsers.Phrase("not medically necessary").ThenReturn(false),
                TextParsers.Phrase("notmedically necessary").ThenReturn(false),
                TextParsers.Phrase("medically necessary").ThenReturn(true))))
            .Select(verdict => (verdict.Range, verdict.Value))
            .Labelled("\"is medically necessary\" or \"is not medically necessary\"");

    /// <summary>
    /// Where the request starts in the text before the verdict: after "the request for", else after
    /// "has determined (that)", else at the start.
    /// </summary>
    public static Parser<char, OffsetRange> Request { get; } = OneOf(
        TextParsers.Until("the request for").Then(TextParsers.Phrase("the request for")).Then(TextParsers.RequiredSpace).Then(TextParsers.Rest),
        TextParsers.Until("has determined").Then(TextParsers.Phrase("has determined")).Then(TextParsers.RequiredSpace)
            .Then(TextParsers.Phrase("that").Then(TextParsers.RequiredSpace).Optional()).Then(TextParsers.Rest),
        TextParsers.Rest);

    /// <summary>A decision sentence after its number: the text up to the verdict, and the verdict.</summary>
    public static Parser<char, VerdictSyntax> Sentence { get; } =
        Map(
            (head, verdict) => new VerdictSyntax(head, verdict.Range, verdict.Necessary),
            TextParsers.Until([.. VerdictPhrases]),
            Verdict);
}
