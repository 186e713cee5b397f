using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static Pidgin.Parser;
using static ImrParsing.Semantics.ConclusionPhrases;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The Pidgin statements of a rationale's conclusion (<see cref="ConclusionPhrases"/>) that
/// <see cref="ConclusionReader"/> replaced: the reference its tests hold it to, and the rules
/// <see cref="CanonicalConclusionReader"/> runs.
/// </summary>
internal static class PidginConclusionGrammar
{
    private static readonly Parser<char, Unit> WordEnd = PidginTextParsers.NotAt(Parser<char>.Token(char.IsLetterOrDigit));

    // Between two words: a space, or the hyphen of "not-medically necessary".
    private static readonly Parser<char, Unit> Gap = TextParsers.AnyOf(" -").Then(TextParsers.Space).IgnoreResult();

    private static readonly Parser<char, Unit> Word =
        Parser<char>.Token(c => !char.IsWhiteSpace(c) && !WordStops.Contains(c))
            .AtLeastOnce()
            .IgnoreResult();

    /// <summary>"not", "cannot", "doesn't", "isn't": a word that negates.</summary>
    public static Parser<char, Unit> Negation { get; } =
        Words(Negations);

    /// <summary>"is", "are", "was", "were": a verb that starts a clause of its own.</summary>
    public static Parser<char, Unit> Copula { get; } =
        Words(Copulas);

    /// <summary>"medically necessary", "medical necessity".</summary>
    public static Parser<char, Unit> Necessity { get; } =
        Words(Necessities);

    /// <summary>"certified".</summary>
    public static Parser<char, Unit> CertifiedWord { get; } = TextParsers.Phrase(CertifiedText).Then(WordEnd);

    /// <summary>"the request is not medically necessary", "cannot be deemed medically necessary", "do not support the medical necessity".</summary>
    public static Parser<char, (RationaleConclusion Value, OffsetRange Range)> NotNecessary { get; } =
        Negated(Necessity, RationaleConclusion.NotMedicallyNecessary);

    /// <summary>"Medical necessity has not been established", "the medical necessity of this request is not established".</summary>
    public static Parser<char, (RationaleConclusion Value, OffsetRange Range)> NecessityNotEstablished { get; } =
        Stated(
            TextParsers.Phrase(MedicalNecessity)
                .Then(Between(Negation, allowCopula: true))
                .Then(Gap)
                .Then(Negation)
                .Then(Gap)
                .Then(TextParsers.Phrase(Been + " ").Optional())
                .Then(Words(Participles)),
            RationaleConclusion.NotMedicallyNecessary);

    /// <summary>"the request is not certified".</summary>
    public static Parser<char, (RationaleConclusion Value, OffsetRange Range)> NotCertified { get; } =
        Negated(CertifiedWord, RationaleConclusion.NonCertified);

    /// <summary>"the request is non-certified" ("noncertified" where a line break joined it).</summary>
    public static Parser<char, (RationaleConclusion Value, OffsetRange Range)> NonCertified { get; } =
        Stated(
            TextParsers.Phrase(Non).Then(TextParsers.AnyOf("- ").Optional()).Then(CertifiedWord),
            RationaleConclusion.NonCertified);

    /// <summary>"is medically necessary".</summary>
    public static Parser<char, (RationaleConclusion Value, OffsetRange Range)> Necessary { get; } =
        Stated(TextParsers.Phrase(MedicallyNecessary).Then(WordEnd), RationaleConclusion.MedicallyNecessary);

    /// <summary>"the request is certified": "certified" after a verb, so that "board certified" is not a conclusion.</summary>
    public static Parser<char, (RationaleConclusion Value, OffsetRange Range)> Certified { get; } =
        Stated(Copula.Then(Gap).Then(CertifiedWord), RationaleConclusion.Certified);

    /// <summary>The statements, in the order they are tried at each word: the negated ones first.</summary>
    public static ImmutableArray<Parser<char, (RationaleConclusion Value, OffsetRange Range)>> Statements { get; } =
        [NecessityNotEstablished, NotNecessary, NotCertified, NonCertified, Necessary, Certified];

    /// <summary>Every conclusion stated in a text, in order; never fails.</summary>
    public static Parser<char, ImmutableArray<(RationaleConclusion Value, OffsetRange Range)>> Conclusions { get; } =
        PidginTextParsers.Occurrences(PidginTextParsers.StartingWith(
            // The words a statement starts with, so that the scan tries the statements only there:
            // a negation, "medical(ly) ...", "non", a copula.
            PidginTextParsers.FirstCharsOfPhrases(["cannot", "not", .. Contractions, "medical necessity", "medically necessary", "non", "is", "are", "was", "were"]),
            TextParsers.FirstMatch(Statements)));

    /// <summary>One of <see cref="Judgements"/>.</summary>
    public static Parser<char, Unit> Judgement { get; } = Words(Judgements);

    /// <summary>"is not indicated", "cannot be recommended", "is not considered appropriate", "is not supported".</summary>
    public static Parser<char, (RationaleConclusion Value, OffsetRange Range)> NotJudged { get; } =
        Stated(
            Negation.Then(Before(Judgement)).Then(Gap).Then(Judgement),
            RationaleConclusion.NotMedicallyNecessary);

    /// <summary>"is warranted", "is medically indicated", "would be appropriate": a verb, then the judgement.</summary>
    public static Parser<char, (RationaleConclusion Value, OffsetRange Range)> Judged { get; } =
        Stated(
            TextParsers.FirstMatch([Copula, TextParsers.Phrase(Be).Then(WordEnd)]).Then(Before(Judgement)).Then(Gap).Then(Judgement),
            RationaleConclusion.MedicallyNecessary);

    /// <summary>
    /// The statements of the other judgements, in the order they are tried at each word: read only
    /// where a rationale states none of <see cref="Statements"/>, since rationales quote the
    /// guidelines' "is recommended" and "is not recommended" beside their conclusion.
    /// </summary>
    public static ImmutableArray<Parser<char, (RationaleConclusion Value, OffsetRange Range)>> OtherStatements { get; } =
        [NotJudged, Judged];

    /// <summary>Every statement of <see cref="OtherStatements"/> in a text, in order; never fails.</summary>
    public static Parser<char, ImmutableArray<(RationaleConclusion Value, OffsetRange Range)>> OtherConclusions { get; } =
        PidginTextParsers.Occurrences(PidginTextParsers.StartingWith(
            PidginTextParsers.FirstCharsOfPhrases(["cannot", "not", .. Contractions, "is", "are", "was", "were", "be"]),
            TextParsers.FirstMatch(OtherStatements)));

    // The words between a negation or verb and its judgement: at most MaxWordsBeforeJudgement, none
    // a judgement, a negation or a copula ("is not indicated" is negated, never "is ... indicated").
    private static Parser<char, Unit> Before(Parser<char, Unit> judgement)
    {
        var word = PidginTextParsers.NotAt(judgement).Then(PidginTextParsers.NotAt(Negation)).Then(PidginTextParsers.NotAt(Copula)).Then(Word);
        return PidginTextParsers.AtMost(Gap.Then(word), MaxWordsBeforeJudgement).IgnoreResult();
    }

    // One of `words`, whole.
    private static Parser<char, Unit> Words(IEnumerable<string> words) =>
        TextParsers.FirstMatch([.. words.Select(TextParsers.Phrase)]).Then(WordEnd);

    private static Parser<char, (RationaleConclusion Value, OffsetRange Range)> Stated(Parser<char, Unit> rule, RationaleConclusion conclusion) =>
        PidginTextParsers.Captured(rule).Select(range => (conclusion, range));

    private static Parser<char, (RationaleConclusion Value, OffsetRange Range)> Negated(Parser<char, Unit> head, RationaleConclusion conclusion) =>
        Stated(Negation.Then(Between(head, allowCopula: false)).Then(Gap).Then(head), conclusion);

    // The words between a word and the one it governs, up to MaxWordsBetween, none of them `next`
    // and, unless allowed, none a copula; stops before the gap that precedes `next` (a longer run
    // leaves a word that is not `next`, and the rule fails there).
    private static Parser<char, Unit> Between(Parser<char, Unit> next, bool allowCopula)
    {
        var word = PidginTextParsers.NotAt(next).Then(allowCopula ? Word : PidginTextParsers.NotAt(Copula).Then(Word));
        return PidginTextParsers.AtMost(Gap.Then(word), MaxWordsBetween).IgnoreResult();
    }
}
