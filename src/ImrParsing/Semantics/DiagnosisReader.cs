using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;
using ImrParsing.Syntax;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the diagnoses a narrative lists: the sentence after the first introduction of
/// <see cref="DiagnosisGrammar.Introduction"/> ("Current diagnoses include ...", "diagnosed as
/// having ...", "being treated for the diagnoses of ...", "is undergoing treatment for ..."), read
/// token by token at its first words, up to its full stop, split by <see cref="DiagnosisList"/>.
/// </summary>
internal static class DiagnosisReader
{
    private static readonly TokenPhrase[] Nouns = Phrases(DiagnosisGrammar.Nouns);
    private static readonly TokenPhrase[] Impressions = Phrases(DiagnosisGrammar.Impressions);
    private static readonly TokenPhrase[] Verbs = Phrases(DiagnosisGrammar.Verbs);
    private static readonly TokenPhrase[] Fillers = Phrases(DiagnosisGrammar.Fillers);
    private static readonly TokenPhrase Diagnosed = new(DiagnosisGrammar.Diagnosed);
    private static readonly TokenPhrase[] DiagnosedLinks = Phrases(DiagnosisGrammar.DiagnosedLinks);
    private static readonly TokenPhrase[] Treated = Phrases(DiagnosisGrammar.TreatedPhrases);
    private static readonly TokenPhrase[] TreatedDiagnoses = Phrases(DiagnosisGrammar.TreatedDiagnoses);
    private static readonly TokenPhrase Of = new("of");
    private static readonly TokenPhrase That = new("that");

    /// <summary>How many tokens an introduction reads at most, a colon after it included.</summary>
    public static int IntroductionReach { get; } = Math.Max(
        Longest(Nouns) + Longest(Impressions) + Math.Max(Of.Count, That.Count + Longest(Verbs) + Longest(Fillers)),
        Math.Max(Diagnosed.Count + Longest(DiagnosedLinks), Longest(Treated) + Longest(TreatedDiagnoses))) + 1;

    /// <summary>The words the rule starts at: the first words of its introductions.</summary>
    public static ImmutableArray<string> FirstWords { get; } =
        [.. Nouns.Append(Diagnosed).Concat(Treated).Select(phrase => phrase.FirstWord).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The diagnoses of <paramref name="text"/>, as its offsets; empty when it lists none.</summary>
    public static ImmutableArray<(int Start, int End)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = WordLexer.Lex(text);
        var lexed = new LexedText(text, tokens);
        using var anchors = NarrativeAnchors.Words.Find(lexed);
        return Find(lexed, anchors);
    }

    /// <summary>The diagnoses, as source offsets, read at <paramref name="anchors"/>; empty when the narrative lists none.</summary>
    public static ImmutableArray<(int Start, int End)> Find(LexedText text, AnchorList anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        for (int k = 0; k < anchors.Count; k++)
        {
            if ((anchors.Rules[k] & NarrativeAnchors.Diagnoses) != 0 && IntroductionEnd(text, anchors.Tokens[k]) is int start and >= 0)
            {
                return List(text, start, SentenceEnd(text, start));
            }
        }

        return [];
    }

    /// <summary>The token after an introduction that starts at <paramref name="first"/>, a colon right after it included, or -1.</summary>
    internal static int IntroductionEnd(LexedText text, int first)
    {
        int end = DiagnosesAre(text, first);
        if (end < 0)
        {
            end = Diagnosed.Match(text, first) is int at and >= 0 && text.SpaceBefore(at) ? FirstMatch(DiagnosedLinks, text, at) : -1;
        }

        if (end < 0 && FirstMatch(Treated, text, first) is int treated and >= 0)
        {
            end = FirstMatch(TreatedDiagnoses, text, treated, spaced: true) is int diagnoses and >= 0 ? diagnoses : treated;
        }

        return end >= 0 && text.IsMark(end, ':') && !text.SpaceBefore(end) ? end + 1 : end;
    }

    // "diagnoses include", "diagnoses, and-or impressions, were noted to include", "diagnosis that include", "diagnoses of".
    private static int DiagnosesAre(LexedText text, int first)
    {
        int at = FirstMatch(Nouns, text, first);
        if (at < 0)
        {
            return -1;
        }

        at = !text.SpaceBefore(at) && FirstMatch(Impressions, text, at) is int past and >= 0 ? past : at;
        if (Of.Match(text, at) is int of and >= 0)
        {
            return of;
        }

        if (That.Match(text, at) is int that and >= 0 && text.SpaceBefore(that))
        {
            at = that;
        }

        at = FirstMatch(Verbs, text, at);
        return at < 0 ? -1 : FirstMatch(Fillers, text, at, spaced: true) is int filler and >= 0 ? filler : at;
    }

    // The first of `phrases` that matches at `at` (after white space, when `spaced`): the index past it, or -1.
    private static int FirstMatch(TokenPhrase[] phrases, LexedText text, int at, bool spaced = false)
    {
        if (spaced && !text.SpaceBefore(at))
        {
            return -1;
        }

        foreach (var phrase in phrases)
        {
            int end = phrase.Match(text, at);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>
    /// The full stop that ends the sentence: one followed by the end, by a capital, a digit, a quote
    /// or a parenthesis after a space, or straight by a capital ("infection.The"); not "3.5" or "e.g. a".
    /// </summary>
    internal static int SentenceEnd(LexedText text, int from)
    {
        for (int j = from; j < text.Count; j++)
        {
            if (!text.IsMark(j, '.'))
            {
                continue;
            }

            int k = j + 1;
            while (k < text.Count && !text.SpaceBefore(k) && (text.IsMark(k, '"') || text.IsMark(k, '\u201D') || text.IsMark(k, ')')))
            {
                k++;
            }

            if (k >= text.Count)
            {
                return j;
            }

            char next = text.Chars(k)[0];
            if (text.SpaceBefore(k) ? char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '(' : char.IsUpper(next))
            {
                return j;
            }
        }

        return text.Count;
    }

    /// <summary>Each diagnosis of the list, from its first token's start to its last token's end.</summary>
    internal static ImmutableArray<(int Start, int End)> List(LexedText text, int first, int stop)
    {
        // Each diagnosis's first and last token, in a list each thread keeps: only the offsets returned are allocated.
        var diagnoses = PerThreadList<(int First, int Last)>.Take();
        DiagnosisList.Split(text, first, stop, diagnoses);
        var found = new (int Start, int End)[diagnoses.Count];
        for (int i = 0; i < found.Length; i++)
        {
            found[i] = (text.Tokens[diagnoses[i].First].Start, text.Tokens[diagnoses[i].Last].End);
        }

        PerThreadList<(int First, int Last)>.Give(diagnoses);
        return ImmutableCollectionsMarshal.AsImmutableArray(found);
    }

    private static int Longest(TokenPhrase[] phrases) => phrases.Max(phrase => phrase.Count);

    private static TokenPhrase[] Phrases(IEnumerable<string> phrases) => [.. phrases.Select(phrase => new TokenPhrase(phrase))];
}
