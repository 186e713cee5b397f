using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>
/// The rules that read a decision stated in a sentence (<see cref="NumberedDecisionGrammar"/>),
/// made from an ordered list of <see cref="VerdictPhrase"/>s: the first phrase that matches after
/// the verb wins, so a phrase must come before any shorter phrase it starts with. Immutable and
/// thread-safe; each <see cref="ImrParser"/> holds its own (<see cref="ImrParser.Verdicts"/>).
/// </summary>
internal sealed class VerdictGrammar
{
    private static readonly string[] Verbs = ["is", "are", "was", "were"];

    /// <summary>Makes the rules of <paramref name="phrases"/>, tried in order.</summary>
    /// <exception cref="ArgumentException">The list holds null.</exception>
    public VerdictGrammar(IEnumerable<VerdictPhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        Phrases = [.. phrases];
        if (Phrases.Any(phrase => phrase is null))
        {
            throw new ArgumentException("The verdict phrases must not contain null.", nameof(phrases));
        }

        Ends = [.. Verbs.SelectMany(verb => Phrases.Select(phrase => $" {verb} {phrase.Phrase}"))];
        Verdict = Phrases.IsEmpty
            ? Parser<char>.Fail<(OffsetRange, Decision)>("a verdict")
            : TextParsers.RequiredSpace
                .Then(OneOf(Verbs.Select(verb => TextParsers.Phrase(verb))))
                .Then(TextParsers.RequiredSpace)
                .Then(TextParsers.WithRange(OneOf(Phrases.Select(phrase => TextParsers.Phrase(phrase.Phrase).ThenReturn(phrase.Decision)))))
                .Select(verdict => (verdict.Range, verdict.Value))
                .Labelled($"\"is {Phrases[0].Phrase}\" or another verdict");
        Sentence = Phrases.IsEmpty
            ? Parser<char>.Fail<VerdictSyntax>("a verdict")
            : Map((head, verdict) => new VerdictSyntax(head, verdict.Range, verdict.Decision), TextParsers.Until([.. Ends]), Verdict);

        // An issue states its request without deciding it: "Whether the request for X is medically necessary."
        IssueHead = Phrases.IsEmpty
            ? Parser<char>.Fail<OffsetRange>("a verdict")
            : TextParsers.Until([.. Ends, .. Phrases.Select(phrase => " " + phrase.Phrase)]);
    }

    /// <summary>The phrases <see cref="Default"/> is made of, in order (declared first: <see cref="Default"/> reads them).</summary>
    public static ImmutableArray<VerdictPhrase> DefaultPhrases { get; } =
    [
        new("not medically necessary", Decision.Upheld),
        new("notmedically necessary", Decision.Upheld),
        new("medically necessary", Decision.Overturned),
    ];

    /// <summary>
    /// The verdicts of the letters: "not medically necessary" (and "notmedically necessary", as
    /// extracted text sometimes loses the space) upholds the denial, "medically necessary" overturns it.
    /// </summary>
    public static VerdictGrammar Default { get; } = new(DefaultPhrases);

    /// <summary>The phrases, in the order they are tried.</summary>
    public ImmutableArray<VerdictPhrase> Phrases { get; }

    /// <summary>The phrases that end a request, each with the space and verb before it (" is not medically necessary").</summary>
    public ImmutableArray<string> Ends { get; }

    /// <summary>" is not medically necessary", " are medically necessary": the verdict's range from its phrase on, and its decision.</summary>
    public Parser<char, (OffsetRange Range, Decision Decision)> Verdict { get; }

    /// <summary>A decision sentence after its number: the text up to the verdict, and the verdict.</summary>
    public Parser<char, VerdictSyntax> Sentence { get; }

    /// <summary>The text before the verdict of an issue that states its request without deciding it, up to its phrase.</summary>
    internal Parser<char, OffsetRange> IssueHead { get; }

    /// <summary>True when one of the phrases occurs in <paramref name="text"/>.</summary>
    public bool Mentions(ReadOnlySpan<char> text)
    {
        foreach (var phrase in Phrases)
        {
            if (Text.Phrase.Contains(text, phrase.Phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first phrase, in the list's order, that occurs anywhere in <paramref name="text"/> (a
    /// heading such as "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY
    /// NECESSARY"): where it is and what it decides; null when none does.
    /// </summary>
    public (OffsetRange Range, Decision Decision)? Find(ReadOnlySpan<char> text)
    {
        foreach (var phrase in Phrases)
        {
            int at = Text.Phrase.IndexOf(text, phrase.Phrase, out int length);
            if (at >= 0)
            {
                return (new OffsetRange(at, at + length), phrase.Decision);
            }
        }

        return null;
    }
}
