using System.Buffers;
using System.Collections.Immutable;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Parsers;

/// <summary>
/// A decision stated in a sentence, in the letter's offsets: where its request ends, where its
/// verdict ("not medically necessary") is, and what it decides.
/// </summary>
/// <param name="RequestEnd">Where the text before the verdict ends: the white space before its verb.</param>
/// <param name="VerdictStart">Where the verdict's phrase starts.</param>
/// <param name="VerdictEnd">Where the verdict's phrase ends.</param>
/// <param name="Decision">What the verdict decides: <see cref="Decision.Upheld"/> for "not medically necessary".</param>
internal readonly record struct VerdictSyntax(int RequestEnd, int VerdictStart, int VerdictEnd, Decision Decision);

/// <summary>
/// The rules that read a decision stated in a sentence (<see cref="NumberedDecisionGrammar"/>),
/// made from an ordered list of <see cref="VerdictPhrase"/>s: a verdict is white space, "is",
/// "are", "was" or "were", white space and a phrase, the first of the list that matches there, so a
/// phrase must come before any shorter phrase it starts with. The phrases are found in one
/// vectorized search for their first characters and read only there; offsets are the letter's.
/// Immutable and thread-safe; each <see cref="ImrParser"/> holds its own (<see cref="ImrParser.Verdicts"/>).
/// </summary>
internal sealed class VerdictGrammar
{
    private static readonly string[] Verbs = ["is", "are", "was", "were"];

    // The characters a phrase can start with, in either case: the only places a verdict is tried.
    private readonly SearchValues<char> _firstChars;

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

        _firstChars = SearchValues.Create(string.Concat(Phrases.Select(phrase =>
            $"{char.ToUpperInvariant(phrase.Phrase[0])}{char.ToLowerInvariant(phrase.Phrase[0])}")));
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

    /// <summary>
    /// The first verdict (" is not medically necessary") of <paramref name="text"/> from
    /// <paramref name="start"/> to <paramref name="end"/>: the text before it is the request; null
    /// when there is none.
    /// </summary>
    public VerdictSyntax? Sentence(string text, int start, int end)
    {
        var source = text.AsSpan(0, end);
        for (int at = Next(source, start); at >= 0; at = Next(source, at + 1))
        {
            if (FirstAt(source, at, out int length) is { } phrase && VerbBefore(source, start, at) is int before and >= 0)
            {
                return new VerdictSyntax(before, at, at + length, phrase.Decision);
            }
        }

        return null;
    }

    /// <summary>
    /// Where the request of an issue that states it without deciding it ("Whether the request for X
    /// is medically necessary.") ends in <paramref name="text"/> from <paramref name="start"/> to
    /// <paramref name="end"/>: at the white space before the verdict's verb, or before its phrase;
    /// -1 when no phrase follows white space.
    /// </summary>
    public int IssueHeadEnd(string text, int start, int end)
    {
        var source = text.AsSpan(0, end);
        for (int at = Next(source, start); at >= 0; at = Next(source, at + 1))
        {
            if (at > start && CharSets.IsSpace(source[at - 1]) && FirstAt(source, at, out _) is not null)
            {
                return VerbBefore(source, start, at) is int before and >= 0 ? before : SpaceRunStart(source, start, at);
            }
        }

        return -1;
    }

    /// <summary>True when one of the phrases occurs in <paramref name="text"/>.</summary>
    public bool Mentions(ReadOnlySpan<char> text)
    {
        for (int at = Next(text, 0); at >= 0; at = Next(text, at + 1))
        {
            if (FirstAt(text, at, out _) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first phrase, in the list's order, that occurs anywhere in <paramref name="text"/> from
    /// <paramref name="start"/> to <paramref name="end"/> (a heading such as "RATIONALE FOR WHY THE
    /// REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY"): where it is, in the letter's
    /// offsets, and what it decides; null when none does.
    /// </summary>
    public (int Start, int End, Decision Decision)? Find(string text, int start, int end)
    {
        var source = text.AsSpan(0, end);
        (int Start, int End, Decision Decision)? found = null;
        int best = Phrases.Length;
        for (int at = Next(source, start); at >= 0 && best > 0; at = Next(source, at + 1))
        {
            // Only the phrases before the best one found so far can take its place.
            for (int k = 0; k < best; k++)
            {
                int length = Phrase.MatchLength(source[at..], Phrases[k].Phrase);
                if (length >= 0)
                {
                    best = k;
                    found = (at, at + length, Phrases[k].Decision);
                    break;
                }
            }
        }

        return found;
    }

    // The next place from `from` where a phrase can start, or -1.
    private int Next(ReadOnlySpan<char> source, int from)
    {
        if (from >= source.Length)
        {
            return -1;
        }

        int found = source[from..].IndexOfAny(_firstChars);
        return found < 0 ? -1 : from + found;
    }

    // The first phrase, in the list's order, that matches at `at`.
    private VerdictPhrase? FirstAt(ReadOnlySpan<char> source, int at, out int length)
    {
        foreach (var phrase in Phrases)
        {
            length = Phrase.MatchLength(source[at..], phrase.Phrase);
            if (length >= 0)
            {
                return phrase;
            }
        }

        length = 0;
        return null;
    }

    // Where the white space before the verb that stands before `at` starts ("... program is not"),
    // or -1 when white space, a verb and white space do not stand right before it.
    private static int VerbBefore(ReadOnlySpan<char> source, int start, int at)
    {
        if (at <= start || !CharSets.IsSpace(source[at - 1]))
        {
            return -1;
        }

        int afterVerb = SpaceRunStart(source, start, at);
        foreach (string verb in Verbs)
        {
            int verbStart = afterVerb - verb.Length;
            if (verbStart > start && CharSets.IsSpace(source[verbStart - 1]) && Phrase.MatchLength(source[verbStart..afterVerb], verb) == verb.Length)
            {
                return SpaceRunStart(source, start, verbStart);
            }
        }

        return -1;
    }

    // The start of the run of white space that ends at `end`, no earlier than `start`.
    private static int SpaceRunStart(ReadOnlySpan<char> source, int start, int end)
    {
        while (end > start && CharSets.IsSpace(source[end - 1]))
        {
            end--;
        }

        return end;
    }
}
