using System.Buffers;
using ImrParsing.Diagnostics;
using ImrParsing.Lexing;
using ImrParsing.Syntax;
using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the conclusion a rationale ends with (<see cref="ConclusionPhrases"/>): its last
/// statement of necessity or certification, or where it states none, its last statement of the
/// other judgements ("is not indicated", "cannot be recommended", "is warranted"), since rationales
/// quote the guidelines' own "is medically necessary when ..." before they conclude, and the opioid
/// rationales add advice on weaning after it. Read token by token, only in the sentences that may
/// state one and only at the words the statements start with.
/// </summary>
internal static class ConclusionReader
{
    // The rules a word starts: the statements a negation, "medical(ly)", "non" or a verb starts, and the other judgements.
    private const int NegatedRules = 1;
    private const int MedicalRules = 2;
    private const int NonRules = 4;
    private const int CopulaRules = 8;

    /// <summary>The statements of necessity and certification: "is not medically necessary", "is non-certified", ...</summary>
    internal const int Statement = NegatedRules | MedicalRules | NonRules | CopulaRules;

    /// <summary>The statements of the other judgements: "is not indicated", "is warranted", ...</summary>
    internal const int Other = 16;

    // The words every statement of necessity or certification holds (see LastStatement).
    private static readonly SearchValues<string> Keywords = SearchValues.Create(["necess", "certif"], StringComparison.OrdinalIgnoreCase);

    private static readonly TokenPhrase[] Negations = Phrases(ConclusionPhrases.Negations);
    private static readonly TokenPhrase[] Copulas = Phrases(ConclusionPhrases.Copulas);
    private static readonly TokenPhrase[] Necessities = Phrases(ConclusionPhrases.Necessities);
    private static readonly TokenPhrase MedicalNecessity = new(ConclusionPhrases.MedicalNecessity);
    private static readonly TokenPhrase MedicallyNecessary = new(ConclusionPhrases.MedicallyNecessary);
    private static readonly TokenPhrase[] Participles = Phrases(ConclusionPhrases.Participles);
    private static readonly TokenPhrase Certified = new(ConclusionPhrases.CertifiedText);
    private static readonly TokenPhrase[] CertifiedOnly = [Certified];
    private static readonly TokenPhrase Non = new(ConclusionPhrases.Non);
    private static readonly TokenPhrase Been = new(ConclusionPhrases.Been);
    private static readonly TokenPhrase Be = new(ConclusionPhrases.Be);
    private static readonly TokenPhrase[] Judgements = Phrases(ConclusionPhrases.Judgements);

    // The words the statements start with, from their phrases ("non" + "certified" is also one word
    // where a line-end hyphen joined it), and those of the other judgements.
    private static readonly WordAnchors Anchors = new(
    [
        .. Negations.Select(phrase => (phrase.FirstWord, NegatedRules)),
        .. Copulas.Select(phrase => (phrase.FirstWord, CopulaRules)),
        (MedicalNecessity.FirstWord, MedicalRules),
        (MedicallyNecessary.FirstWord, MedicalRules),
        (Non.FirstWord, NonRules),
        (ConclusionPhrases.Non + ConclusionPhrases.CertifiedText, NonRules),
        .. Negations.Concat(Copulas).Append(Be).Select(phrase => (phrase.FirstWord, Other)),
    ]);

    /// <summary>The rationale of <paramref name="span"/> whose text after its label is <paramref name="text"/>, with its conclusion.</summary>
    public static Rationale Read(IReaderContext context, TextValue? text, TextSpan span, int itemNumber)
    {
        if (text is null)
        {
            return new Rationale { Span = span };
        }

        if (Find(context.Text, text.Span.Start, text.Span.End) is not { } found)
        {
            context.Report(ImrDiagnostics.NoConclusion, text.Span, itemNumber);
            return new Rationale { Text = text, Span = span };
        }

        return new Rationale { Text = text, Span = span, Conclusion = context.Spanned(found.Value, found.Start, found.End) };
    }

    /// <summary>The conclusion of the text from <paramref name="start"/> to <paramref name="end"/>, with its source offsets, or null.</summary>
    public static (RationaleConclusion Value, int Start, int End)? Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LastStatement(text, start, end) ?? LastOther(text, start, end);
    }

    /// <summary>Every statement of the kind <paramref name="kind"/> (<see cref="Statement"/> or <see cref="Other"/>) in <paramref name="text"/>, in order, as the grammar's scan finds them.</summary>
    internal static List<(RationaleConclusion Value, int Start, int End)> All(string text, int kind)
    {
        var found = new List<(RationaleConclusion Value, int Start, int End)>();
        Read(text, 0, text.Length, kind, found);
        return found;
    }

    // The last statement of necessity or certification. No statement holds a full stop (a word of
    // the statements stop at one), and every statement holds "necess" ("medically necessary",
    // "medical necessity") or "certif", so the statements of a sentence (the text up to and with
    // its full stop) are the same read alone as in the whole text: the last statement is the last
    // one of the last sentence that has any. The sentences are taken from the end, and only one
    // that may hold one of those words is lexed and read: the conclusion, near the end, costs the
    // searches of a sentence or two, not of the whole rationale.
    private static (RationaleConclusion Value, int Start, int End)? LastStatement(string source, int start, int end)
    {
        var text = source.AsSpan(start, end - start);
        int sentenceEnd = text.Length;
        while (sentenceEnd > 0)
        {
            // The full stop before this sentence's own.
            int stop = text[sentenceEnd - 1] == '.' ? sentenceEnd - 1 : sentenceEnd;
            int sentenceStart = text[..stop].LastIndexOf('.') + 1;
            if (MayState(text[sentenceStart..sentenceEnd]) && Read(source, start + sentenceStart, start + sentenceEnd, Statement) is { } found)
            {
                return found;
            }

            sentenceEnd = sentenceStart;
        }

        return null;
    }

    // The last statement of the other judgements ("is not indicated", "is warranted"), read only
    // where a rationale states neither necessity nor certification: a rare rationale, read whole.
    private static (RationaleConclusion Value, int Start, int End)? LastOther(string source, int start, int end) =>
        Read(source, start, end, Other);

    // Whether a sentence holds one of the words, or a hyphen before white space, which may break
    // one over a line end ("neces-" / "sary"): the lexer joins such a word.
    private static bool MayState(ReadOnlySpan<char> sentence)
    {
        if (sentence.IndexOfAny(Keywords) >= 0)
        {
            return true;
        }

        for (int from = 0, found; (found = sentence[from..].IndexOf('-')) >= 0; from += found + 1)
        {
            if (from + found + 1 < sentence.Length && CharSets.IsSpace(sentence[from + found + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // The last statement of `kind` from `start` to `end` of `source`, lexed once; `all` receives each, in order.
    internal static (RationaleConclusion Value, int Start, int End)? Read(
        string source, int start, int end, int kind, List<(RationaleConclusion Value, int Start, int End)>? all = null)
    {
        using var tokens = WordLexer.Lex(source, start, end);
        var lexed = new LexedText(source, tokens);
        using var anchors = Anchors.Find(lexed);
        return Last(lexed, anchors, kind, 0, anchors.Count, all);
    }

    // The last statement of `kind` at anchors `from` to `to`; after one, the search goes on past it. `all` receives each, in order.
    private static (RationaleConclusion Value, int Start, int End)? Last(
        LexedText text, AnchorList anchors, int kind, int from, int to, List<(RationaleConclusion Value, int Start, int End)>? all = null)
    {
        (RationaleConclusion Value, int Start, int End)? last = null;
        int next = 0;
        for (int k = from; k < to; k++)
        {
            int at = anchors.Tokens[k];
            int rules = anchors.Rules[k] & kind;
            if (at < next || rules == 0)
            {
                continue;
            }

            var (value, end) = kind == Statement ? StatementAt(text, at, rules) : OtherAt(text, at);
            if (end >= 0)
            {
                last = (value, text.Tokens[at].Start, text.Tokens[end - 1].End);
                all?.Add(last.Value);
                next = end;
            }
        }

        return last;
    }

    // The statements in their order (the Pidgin rules' order, benchmarks/PidginConclusionGrammar): the negated ones first.
    // Each word starts the rules of one kind only (`rules`), so the order holds when only those are tried.
    private static (RationaleConclusion Value, int End) StatementAt(LexedText text, int at, int rules)
    {
        if ((rules & MedicalRules) != 0 && NecessityNotEstablished(text, at) is int established and >= 0)
        {
            return (RationaleConclusion.NotMedicallyNecessary, established);
        }

        if ((rules & NegatedRules) != 0 && Negated(text, at, Necessities) is int notNecessary and >= 0)
        {
            return (RationaleConclusion.NotMedicallyNecessary, notNecessary);
        }

        if ((rules & NegatedRules) != 0 && Negated(text, at, CertifiedOnly) is int notCertified and >= 0)
        {
            return (RationaleConclusion.NonCertified, notCertified);
        }

        if ((rules & NonRules) != 0 && NonCertified(text, at) is int nonCertified and >= 0)
        {
            return (RationaleConclusion.NonCertified, nonCertified);
        }

        if ((rules & MedicalRules) != 0 && MedicallyNecessary.Match(text, at) is int necessary and >= 0)
        {
            return (RationaleConclusion.MedicallyNecessary, necessary);
        }

        // "is certified": after a verb, so that "board certified" is not a conclusion.
        return (rules & CopulaRules) != 0 && FirstMatch(Copulas, text, at) is int copula and >= 0 && Gap(text, copula) is int gap and >= 0 && Certified.Match(text, gap) is int certified and >= 0
            ? (RationaleConclusion.Certified, certified)
            : (default, -1);
    }

    // The other statements: "is not indicated", then "is warranted", "be appropriate".
    private static (RationaleConclusion Value, int End) OtherAt(LexedText text, int at)
    {
        if (FirstMatch(Negations, text, at) is int negation and >= 0 && Judged(text, negation) is int notJudged and >= 0)
        {
            return (RationaleConclusion.NotMedicallyNecessary, notJudged);
        }

        int verb = FirstMatch(Copulas, text, at);
        verb = verb >= 0 ? verb : Be.Match(text, at);
        return verb >= 0 && Judged(text, verb) is int judged and >= 0 ? (RationaleConclusion.MedicallyNecessary, judged) : (default, -1);
    }

    // "Medical necessity has not been established": the words before the negation may hold a verb.
    private static int NecessityNotEstablished(LexedText text, int at)
    {
        int end = MedicalNecessity.Match(text, at);
        if (end < 0 || Gap(text, Between(text, end, Negations, ConclusionPhrases.MaxWordsBetween, allowCopula: true)) is not (int gap and >= 0)
            || FirstMatch(Negations, text, gap) is not (int negation and >= 0) || Gap(text, negation) is not (int participle and >= 0))
        {
            return -1;
        }

        // "been " then the participle, or the participle.
        if (Been.Match(text, participle) is int been and >= 0 && text.SpaceBefore(been))
        {
            participle = been;
        }

        return FirstMatch(Participles, text, participle);
    }

    // A negation, a few words of its clause (no verb "is"), then one of `heads`.
    private static int Negated(LexedText text, int at, TokenPhrase[] heads)
    {
        int negation = FirstMatch(Negations, text, at);
        return negation >= 0 && Gap(text, Between(text, negation, heads, ConclusionPhrases.MaxWordsBetween, allowCopula: false)) is int gap and >= 0
            ? FirstMatch(heads, text, gap)
            : -1;
    }

    // After a negation or a verb: at most a few words, none a judgement, a negation or a verb, then the judgement.
    private static int Judged(LexedText text, int from)
    {
        int end = from;
        for (int words = 0; words < ConclusionPhrases.MaxWordsBeforeJudgement; words++)
        {
            int word = Gap(text, end);
            if (word < 0 || FirstMatch(Judgements, text, word) >= 0 || FirstMatch(Negations, text, word) >= 0 || FirstMatch(Copulas, text, word) >= 0
                || WordEnd(text, word) is not (int past and >= 0))
            {
                break;
            }

            end = past;
        }

        return Gap(text, end) is int gap and >= 0 ? FirstMatch(Judgements, text, gap) : -1;
    }

    // The end of the words after `from`, up to `max` of them, none starting `next` and, unless
    // allowed, none a verb "is": stops before the gap that precedes the first that is.
    private static int Between(LexedText text, int from, TokenPhrase[] next, int max, bool allowCopula)
    {
        int end = from;
        for (int words = 0; words < max; words++)
        {
            int word = Gap(text, end);
            if (word < 0 || FirstMatch(next, text, word) >= 0 || (!allowCopula && FirstMatch(Copulas, text, word) >= 0)
                || WordEnd(text, word) is not (int past and >= 0))
            {
                break;
            }

            end = past;
        }

        return end;
    }

    // "non-certified", "non certified", "noncertified" (one word where a line-end hyphen joined it).
    private static int NonCertified(LexedText text, int at)
    {
        if (text.IsWord(at, ConclusionPhrases.Non + ConclusionPhrases.CertifiedText))
        {
            return at + 1;
        }

        if (Non.Match(text, at) is not (int non and >= 0))
        {
            return -1;
        }

        // "non-certified": the hyphen and the word straight after it; "non certified": one space.
        if (text.IsMark(non, '-') && !text.SpaceBefore(non))
        {
            return text.SpaceBefore(non + 1) ? -1 : Certified.Match(text, non + 1);
        }

        return text.SpaceBefore(non) ? Certified.Match(text, non) : -1;
    }

    // Where the word after the one ending at `end` starts: past white space, or a hyphen and any white space ("not-medically"); -1 where none.
    private static int Gap(LexedText text, int end)
    {
        if (end >= text.Count)
        {
            return -1;
        }

        if (text.SpaceBefore(end))
        {
            return end;
        }

        return text.IsMark(end, '-') && end + 1 < text.Count ? end + 1 : -1;
    }

    // The end of the word (the statements': a run of characters up to white space or a mark
    // that ends a clause) that starts at token `at`, or -1 where none starts there.
    private static int WordEnd(LexedText text, int at)
    {
        if (at >= text.Count || EndsWord(text, at))
        {
            return -1;
        }

        int end = at + 1;
        while (end < text.Count && !text.SpaceBefore(end) && !EndsWord(text, end))
        {
            end++;
        }

        return end;
    }

    private static bool EndsWord(LexedText text, int at) =>
        text.Tokens[at].Kind == TokenKind.Punctuation && ConclusionPhrases.WordStops.Contains(text.Text[text.Tokens[at].Start]);

    // The first of `phrases` that matches at `at`: the index past it, or -1.
    private static int FirstMatch(TokenPhrase[] phrases, LexedText text, int at)
    {
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

    private static TokenPhrase[] Phrases(IEnumerable<string> phrases) => [.. phrases.Select(phrase => new TokenPhrase(phrase))];
}
