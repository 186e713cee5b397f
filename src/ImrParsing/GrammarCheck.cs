using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Semantics;
using ImrParsing.Text;
using ImrParsing.Tokenizing;
using Pidgin;

namespace ImrParsing;

/// <summary>
/// Finds the rules of a builder that can never apply because an earlier rule of the same list
/// always applies in their place. Each list is tried in order and its first match wins, so a rule
/// is shadowed when every text it matches is matched by an earlier one.
/// </summary>
internal sealed class GrammarCheck(ImrParserBuilder builder, IReadOnlyList<LineRule> lineRules, CitationRules citations, ServiceClassifier services)
{
    private readonly List<RuleConflict> _conflicts = [];

    public List<RuleConflict> Conflicts()
    {
        CheckLineRules();
        CheckDecisionWords();
        CheckPrefixes("VerdictPhrases", "verdict phrase", builder.VerdictPhrases.Select(phrase => phrase.Phrase).ToList());
        CheckPrefixes("HeaderLabels", "header label", builder.HeaderLabels.Select(label => label.Phrase).ToList());
        CheckServiceRules();
        CheckCitationForms();
        return _conflicts;
    }

    // A line rule is shadowed by an earlier prefix rule whose phrase its own starts with (at a word
    // boundary), or by an earlier heading of the same words.
    private void CheckLineRules()
    {
        var fromBuilder = builder.LineRules.Select(rule => rule.Name).ToHashSet(StringComparer.Ordinal);
        for (int j = 0; j < lineRules.Count; j++)
        {
            var rule = lineRules[j];
            for (int i = 0; i < j; i++)
            {
                var earlier = lineRules[i];
                if (!Shadows(earlier, rule))
                {
                    continue;
                }

                string fix = rule.Kind == LineKind.Heading && earlier.Kind == LineKind.Heading
                    ? "Two sections have the same heading: remove one of them, or give one another heading."
                    : fromBuilder.Contains(rule.Name) && fromBuilder.Contains(earlier.Name)
                        ? $"Put it first: builder.LineRules.InsertBefore(\"{earlier.Name}\", ...)."
                        : fromBuilder.Contains(earlier.Name)
                            ? $"Narrow or remove '{earlier.Name}' (builder.LineRules are tried before the sections' labels and boilerplate)."
                            : $"Put the longer phrase first: in its section's BodyRules, or by moving its section before the other in builder.Sections.";
                Add(
                    fromBuilder.Contains(rule.Name) ? "LineRules" : "Sections",
                    rule.Name,
                    earlier.Name,
                    $"line rule '{rule.Name}' (\"{rule.Phrase}\") can never match: the earlier rule '{earlier.Name}' (\"{earlier.Phrase}\") matches every line it would, and the first rule that matches wins. {fix}");
                break;
            }
        }
    }

    private static bool Shadows(LineRule earlier, LineRule rule)
    {
        int length = Phrase.MatchLength(rule.Phrase, earlier.Phrase);
        if (length < 0)
        {
            return false;
        }

        var rest = rule.Phrase.AsSpan(length);
        if (earlier.Match == LineMatch.Prefix)
        {
            // As LineClassifier matches a prefix: "Application" does not match "Applications".
            return rest.IsEmpty || !char.IsLetterOrDigit(earlier.Phrase[^1]) || !char.IsLetterOrDigit(rest[0]);
        }

        // A whole-line rule matches only its own words: it shadows a whole-line rule of the same words.
        return rule.Match == LineMatch.WholeLine && rest.Trim().TrimStart(':').IsEmpty;
    }

    private void CheckDecisionWords()
    {
        var words = builder.DecisionWords;
        for (int j = 0; j < words.Count; j++)
        {
            for (int i = 0; i < j; i++)
            {
                if (string.Equals(words[i].Word, words[j].Word, StringComparison.OrdinalIgnoreCase))
                {
                    Add(
                        "DecisionWords",
                        words[j].Word,
                        words[i].Word,
                        $"decision word '{words[j].Word}' can never match: the earlier word '{words[i].Word}' is the same word (case is ignored). Remove one: builder.DecisionWords.Remove(\"{words[j].Word}\").");
                    break;
                }
            }
        }
    }

    // Lists of phrases tried in order, each matched at the start of the text: a phrase is shadowed
    // by an earlier one it starts with.
    private void CheckPrefixes(string list, string kind, List<string> phrases)
    {
        for (int j = 0; j < phrases.Count; j++)
        {
            for (int i = 0; i < j; i++)
            {
                if (Phrase.MatchLength(phrases[j], phrases[i]) >= 0)
                {
                    Add(
                        list,
                        phrases[j],
                        phrases[i],
                        $"{kind} \"{phrases[j]}\" can never match: the earlier {kind} \"{phrases[i]}\" matches its beginning, and the first that matches wins. Put the longer one first: builder.{list}.InsertBefore(\"{phrases[i]}\", ...).");
                    break;
                }
            }
        }
    }

    // The classifier takes the earliest rule with a phrase anywhere in the request: a rule each of
    // whose phrases holds, as the classifier matches them (on the lexer's tokens), a phrase of an
    // earlier rule never wins.
    private void CheckServiceRules()
    {
        // The default rules are checked once, by the tests, not at every start.
        if (services == ServiceClassifier.Default)
        {
            return;
        }

        var rules = services.Rules;
        for (int j = 0; j < rules.Length; j++)
        {
            int first = int.MaxValue;
            string? example = null;
            foreach (string phrase in rules[j].Phrases)
            {
                int shadowing = EarliestHolding(services.CompiledPhrases, j, phrase, out string? held);
                if (shadowing < 0)
                {
                    first = -1;
                    break;
                }

                if (shadowing < first)
                {
                    first = shadowing;
                    example = $"\"{phrase}\" holds \"{held}\"";
                }
            }

            if (first >= 0 && first != int.MaxValue)
            {
                Add(
                    "ServiceRules",
                    rules[j].Name,
                    rules[first].Name,
                    $"service rule '{rules[j].Name}' can never apply: each of its phrases holds a phrase of an earlier rule ({example} of '{rules[first].Name}'), and the earliest rule that matches a request wins. Put it first: builder.ServiceRules.InsertBefore(\"{rules[first].Name}\", ...).");
            }
        }
    }

    // The earliest rule before `before` with a phrase in `phrase`, and the words of `phrase` it matches; -1 when there is none.
    private static int EarliestHolding(TokenPhrases<int> phrases, int before, string phrase, out string? held)
    {
        using var tokens = WordLexer.Lex(phrase);
        int earliest = before;
        held = null;
        for (int at = 0; at < tokens.Count; at++)
        {
            foreach (var (rule, last) in phrases.MatchesAt(phrase, tokens, at))
            {
                if (rule < earliest)
                {
                    earliest = rule;
                    held = phrase[tokens.Tokens[at].Start..tokens.Tokens[last].End];
                }
            }
        }

        return earliest < before ? earliest : -1;
    }

    // A form's rule must read its own example; an earlier form that reads it takes every citation
    // like it (the first form that matches wins).
    private void CheckCitationForms()
    {
        var forms = citations.Forms;
        for (int j = 0; j < forms.Length; j++)
        {
            if (!citations.Reads(j, forms[j].Example))
            {
                throw new ArgumentException($"Citation form '{forms[j].Name}' does not read its own example (\"{forms[j].Example}\"): fix its rule or its example.");
            }

            for (int i = 0; i < j; i++)
            {
                if (citations.Reads(i, forms[j].Example))
                {
                    Add(
                        "CitationForms",
                        forms[j].Name,
                        forms[i].Name,
                        $"citation form '{forms[j].Name}' never reads its own example (\"{forms[j].Example}\"): the earlier form '{forms[i].Name}' reads it first, and the first form that matches wins. Put it first: builder.CitationForms.InsertBefore(\"{forms[i].Name}\", ...).");
                    break;
                }
            }
        }
    }

    private void Add(string list, string rule, string shadowedBy, string message) =>
        _conflicts.Add(new RuleConflict(list, rule, shadowedBy, char.ToUpperInvariant(message[0]) + message[1..]));
}
