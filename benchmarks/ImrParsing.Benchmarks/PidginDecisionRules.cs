using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The Pidgin rules that read a numbered decision's sentence, an issue's head, the request in it,
/// the prose credentials and the lists in them, and a partial authorization in an item's head,
/// before the hand-written readers (<see cref="VerdictGrammar"/>, <see cref="NumberedDecisionGrammar"/>,
/// <see cref="CredentialsGrammar"/>, <see cref="ListGrammar"/>, <see cref="ItemHeadGrammar"/>): the baseline of `DecisionRuleBenchmarks` and the tests' reference for
/// the readers (shared as source). Their ranges are relative to the text they parsed.
/// </summary>
internal sealed class PidginDecisionRules
{
    private static readonly string[] Verbs = ["is", "are", "was", "were"];

    /// <summary>The rules of <paramref name="phrases"/>, tried in order.</summary>
    public PidginDecisionRules(IEnumerable<VerdictPhrase> phrases)
    {
        var list = phrases.ToImmutableArray();
        string[] ends = [.. Verbs.SelectMany(verb => list.Select(phrase => $" {verb} {phrase.Phrase}"))];
        var verdict = TextParsers.RequiredSpace
            .Then(OneOf(Verbs.Select(verb => TextParsers.Phrase(verb))))
            .Then(TextParsers.RequiredSpace)
            .Then(PidginTextParsers.WithRange(OneOf(list.Select(phrase => TextParsers.Phrase(phrase.Phrase).ThenReturn(phrase.Decision)))))
            .Select(read => (read.Range, read.Value));
        Sentence = Map((head, read) => (head, read.Range, read.Value), PidginTextParsers.Until([.. ends]), verdict);
        IssueHead = PidginTextParsers.Until([.. ends, .. list.Select(phrase => " " + phrase.Phrase)]);
    }

    /// <summary>The rules of <see cref="VerdictGrammar.DefaultPhrases"/>.</summary>
    public static PidginDecisionRules Default { get; } = new(VerdictGrammar.DefaultPhrases);

    /// <summary>A decision sentence after its number: the text up to the verdict, the verdict and its decision.</summary>
    public Parser<char, (OffsetRange Request, OffsetRange Verdict, Decision Decision)> Sentence { get; }

    /// <summary>The text before the verdict of an issue that states its request without deciding it, up to its phrase.</summary>
    public Parser<char, OffsetRange> IssueHead { get; }

    /// <summary>
    /// Where the request starts in the text before the verdict: after "the request for", else after
    /// "has determined (that)", else at the start.
    /// </summary>
    public static Parser<char, OffsetRange> Request { get; } = OneOf(
        PidginTextParsers.Until("the request for").Then(TextParsers.Phrase("the request for")).Then(TextParsers.RequiredSpace).Then(PidginTextParsers.Rest),
        PidginTextParsers.Until("has determined").Then(TextParsers.Phrase("has determined")).Then(TextParsers.RequiredSpace)
            .Then(TextParsers.Phrase("that").Then(TextParsers.RequiredSpace).Optional()).Then(PidginTextParsers.Rest),
        PidginTextParsers.Rest);

    private static readonly string[] SubspecialtyPhrases = ["has a subspecialty in", "with a subspecialty in", "and a subspecialty in"];

    private static readonly string[] LicensedPhrases =
        ["is licensed to practice medicine in", "is licensed to practice in", "is licensed in", "licensed to practice medicine in", "licensed to practice in", "licensed in"];

    private static Parser<char, Unit> AnyPhrase(IEnumerable<string> phrases) => TextParsers.FirstMatch(phrases.Select(TextParsers.Phrase));

    /// <summary>The credentials statement, from "Board Certified in" to the full stop after the states.</summary>
    public static Parser<char, (OffsetRange Specialties, OffsetRange? Subspecialties, OffsetRange States, OffsetRange Sentence)> Credentials { get; } =
        Map(
            (start, specialties, subspecialties, states, end) => (specialties, subspecialties.HasValue ? subspecialties.Value : (OffsetRange?)null, states, new OffsetRange(start, end)),
            TextParsers.Offset.Before(AnyPhrase(CredentialsGrammar.CertifiedPhrases)).Before(TextParsers.Space),
            PidginTextParsers.Until([.. SubspecialtyPhrases, .. LicensedPhrases]),
            AnyPhrase(SubspecialtyPhrases).Then(TextParsers.Space).Then(PidginTextParsers.Until(LicensedPhrases)).Optional(),
            AnyPhrase(LicensedPhrases).Then(TextParsers.Space).Then(PidginTextParsers.Until(".")),
            Char('.').Then(TextParsers.Offset));

    /// <summary>Items separated by commas; empty items are left out.</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> CommaSeparated { get; } = Separated(
        PidginTextParsers.Until(",").Or(PidginTextParsers.Rest),
        Char(',').IgnoreResult());

    /// <summary>Items separated by commas or the word "and" ("Texas, New York, and California").</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> CommaOrAndSeparated { get; } = Separated(
        PidginTextParsers.Until(",", " and ").Or(PidginTextParsers.Rest),
        OneOf(Char(',').Then(TextParsers.Space).Then(TextParsers.Phrase("and ").Optional()).IgnoreResult(), TextParsers.Phrase(" and ")));

    private const string OriginalRequest = "was the original request";

    /// <summary>"Y was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Z".</summary>
    private static Parser<char, (OffsetRange Authorized, OffsetRange Remaining)> AuthorizedThenRemaining { get; } =
        Map(
            (authorized, remaining) => (authorized, remaining),
            PidginTextParsers.Until("was authorized by the Claims Administrator")
                .Before(TextParsers.Phrase("was authorized by the Claims Administrator"))
                .Before(Char('.').Optional())
                .Before(TextParsers.Space)
                .Before(TextParsers.Phrase("The remaining IMR eligible portion of the original request"))
                .Before(Char(',').Optional())
                .Before(TextParsers.Space),
            PidginTextParsers.Rest);

    /// <summary>"The Claims Administrator authorized Y, leaving the original request IMR eligible. The original request, Z".</summary>
    private static Parser<char, (OffsetRange Authorized, OffsetRange Remaining)> AuthorizedLeavingOriginal { get; } =
        Map(
            (authorized, remaining) => (authorized, remaining),
            TextParsers.Phrase("The Claims Administrator authorized")
                .Then(TextParsers.Space)
                .Then(PidginTextParsers.Until(", leaving the original request", "leaving the original request"))
                .Before(Char(',').Optional())
                .Before(TextParsers.Space)
                .Before(TextParsers.Phrase("leaving the original request IMR eligible"))
                .Before(Char('.').Optional())
                .Before(TextParsers.Space)
                .Before(TextParsers.Phrase("The original request"))
                .Before(Char(',').Optional())
                .Before(TextParsers.Space),
            PidginTextParsers.Rest);

    /// <summary>A partial authorization in an item's head, in either form: the original request, the part authorized, the remaining portion.</summary>
    public static Parser<char, (OffsetRange Original, OffsetRange Authorized, OffsetRange Remaining)> PartialAuthorization { get; } =
        Map(
            (original, rest) => (original, rest.Authorized, rest.Remaining),
            PidginTextParsers.Until(OriginalRequest)
                .Before(TextParsers.Phrase(OriginalRequest))
                .Before(Char('.').Optional())
                .Before(TextParsers.Space),
            OneOf(AuthorizedLeavingOriginal, AuthorizedThenRemaining));

    private static Parser<char, ImmutableArray<OffsetRange>> Separated(Parser<char, OffsetRange> item, Parser<char, Unit> separator) =>
        item.SeparatedAtLeastOnce(separator)
            .Before(Parser<char>.End)
            .Select(items => items.Where(range => !range.IsEmpty).ToImmutableArray());
}
