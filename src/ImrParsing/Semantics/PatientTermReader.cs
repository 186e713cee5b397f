using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Parsers;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the word a narrative calls the patient by (<see cref="PatientGrammar.TermWords"/>): the
/// first place where it names the patient ("The injured worker is a ...", "The applicant
/// is a ...", "This is a patient with ...", "... the patient reported"), read token by token at
/// the words that lead a term (<see cref="PatientGrammar.TermLeads"/>).
/// </summary>
internal static class PatientTermReader
{
    private static readonly TokenPhrase[] Leads = [.. PatientGrammar.TermLeads.Select(lead => new TokenPhrase(lead))];

    private static readonly (TokenPhrase Words, string Term)[] Terms =
        [.. PatientGrammar.TermWords.Select(term => (new TokenPhrase(term.Words), term.Term))];

    /// <summary>How many tokens past its lead word the rule reads at most: the lead, an age and sex, the term.</summary>
    public static int Reach { get; } = Leads.Max(lead => lead.Count) + AgeAndSexReader.Reach + Terms.Max(term => term.Words.Count);

    /// <summary>The words the rule starts at.</summary>
    public static ImmutableArray<string> FirstWords { get; } = [.. Leads.Select(lead => lead.FirstWord).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The canonical term and where its words are in <paramref name="text"/>, or null.</summary>
    public static (string Value, int Start, int End)? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = WordLexer.Lex(text);
        var lexed = new LexedText(text, tokens);
        using var anchors = NarrativeAnchors.Words.Find(lexed);
        return Find(lexed, anchors);
    }

    /// <summary>The canonical term and where its words are in the source, read at <paramref name="anchors"/>, or null.</summary>
    public static (string Value, int Start, int End)? Find(LexedText text, AnchorList anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        for (int k = 0; k < anchors.Count; k++)
        {
            if ((anchors.Rules[k] & NarrativeAnchors.PatientTerm) != 0 && TermAfterLead(text, anchors.Tokens[k]) is { } term)
            {
                return term;
            }
        }

        return null;
    }

    /// <summary>The term read at the lead word <paramref name="lead"/>: "the", "is a", then the age and sex or not ("The 58 year old female injured worker"), then the term; or null.</summary>
    internal static (string Value, int Start, int End)? TermAfterLead(LexedText text, int lead)
    {
        int at = -1;
        foreach (var phrase in Leads)
        {
            int end = phrase.Match(text, lead);
            if (end >= 0 && text.SpaceBefore(end))
            {
                at = end;
                break;
            }
        }

        if (at < 0)
        {
            return null;
        }

        if (AgeAndSexReader.AgeThenSex(text, at) is { } stated)
        {
            at = stated.Next;
        }

        foreach (var (words, term) in Terms)
        {
            int end = words.Match(text, at);
            if (end >= 0)
            {
                return (term, text.Tokens[at].Start, text.Tokens[end - 1].End);
            }
        }

        return null;
    }
}
