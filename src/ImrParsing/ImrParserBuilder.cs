using ImrParsing.Parsers;
using ImrParsing.Sections;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing;

/// <summary>
/// Makes an <see cref="ImrParser"/> of one's own: ordered, named lists of the rules a parser is
/// made of, to add to, reorder, replace or remove from, then <see cref="Build"/>. Start from the
/// default rules with <see cref="ImrParser.CreateBuilder"/> (or from any parser with
/// <see cref="ImrParser.ToBuilder"/>); <c>new ImrParserBuilder()</c> is empty. The default parser
/// is built this way too, by <see cref="DefaultRules.AddDefaultRules"/>. A builder is not
/// thread-safe; the parser it builds is immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var parser = ImrParser.CreateBuilder();
/// parser.DecisionWords.Add(new DecisionWord("Reversed", Decision.Overturned));
/// ImrDocument document = ImrDocument.Parse(text, parser.Build());
/// </code>
/// </example>
public sealed class ImrParserBuilder
{
    /// <summary>Makes an empty builder: no rules, the default options.</summary>
    public ImrParserBuilder()
    {
        Sections = new RuleList<SectionParser>("section", section => section.Id, []);
        LineRules = new RuleList<LineRule>("line rule", rule => rule.Name, []);
        DecisionWords = new RuleList<DecisionWord>("decision word", word => word.Word, []);
        VerdictPhrases = new RuleList<VerdictPhrase>("verdict phrase", phrase => phrase.Phrase, []);
        CitationForms = new RuleList<CitationForm>("citation form", form => form.Name, []);
        ServiceRules = new RuleList<ServiceRule>("service rule", rule => rule.Name, []);
        HeaderLabels = new RuleList<HeaderLabel>("header label", label => label.Phrase, []);
    }

    /// <summary>Limits and settings.</summary>
    public ImrParserOptions Options
    {
        get;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = ImrParserOptions.Default;

    /// <summary>
    /// The sections, named by <see cref="SectionParser.Id"/> ("finalDetermination.caseSummary"), in
    /// the order a letter of their layout gives them. Their headings are the first line rules
    /// tried, in this order; their <see cref="SectionParser.BodyRules"/> the last, after <see cref="LineRules"/>.
    /// </summary>
    public RuleList<SectionParser> Sections { get; }

    /// <summary>
    /// Line rules of no section, named by <see cref="LineRule.Name"/>: tried after the sections'
    /// headings and before their labels and boilerplate (<see cref="SectionParser.BodyRules"/>). A
    /// boilerplate sentence the letters took up, say, so that it is not read as part of the text
    /// around it.
    /// </summary>
    public RuleList<LineRule> LineRules { get; }

    /// <summary>The words that end a decision line ("MRI of the knee: Upheld"), named by their word.</summary>
    public RuleList<DecisionWord> DecisionWords { get; }

    /// <summary>
    /// How the older layouts' decision sentences state their verdict after "is", "are", "was" or
    /// "were" ("not medically necessary"), named by their phrase; a phrase must come before any
    /// shorter phrase it starts with.
    /// </summary>
    public RuleList<VerdictPhrase> VerdictPhrases { get; }

    /// <summary>The forms of MTUS guideline citations, named by <see cref="CitationForm.Name"/>, tried in order after "MTUS ".</summary>
    public RuleList<CitationForm> CitationForms { get; }

    /// <summary>
    /// The kinds of service a request asks for, named by <see cref="ServiceRule.Name"/>: the first
    /// rule with a phrase in the request wins, so more specific rules come first.
    /// </summary>
    public RuleList<ServiceRule> ServiceRules { get; }

    /// <summary>The header table's labels, named by their phrase; a label must come before any shorter label it starts with.</summary>
    public RuleList<HeaderLabel> HeaderLabels { get; }

    /// <summary>Finds the body regions and sides a request names (empty in a new builder).</summary>
    public BodyRegionClassifier BodyRegions
    {
        get;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = new([], []);

    /// <summary>
    /// Makes the parser. The rules are checked first: a rule that can never apply because an earlier
    /// one always applies in its place (a line rule whose phrase starts with an earlier rule's, a
    /// decision word listed twice, a service rule whose every phrase holds an earlier rule's, ...)
    /// is an error, reported with what shadows it and how to fix the order.
    /// </summary>
    /// <exception cref="RuleConflictException">A rule is shadowed by an earlier one; <see cref="RuleConflictException.Conflicts"/> lists every case.</exception>
    /// <exception cref="ArgumentException">A rule is malformed (a decision word that is not one word of letters, two line rules of one name, ...).</exception>
    public ImrParser Build()
    {
        var (lineRules, headings) = LineRulesOfSections();
        var verdicts = new VerdictGrammar(VerdictPhrases);
        var citations = new CitationRules(CitationForms);
        var services = ServiceClassifier.Of(ServiceRules);
        var conflicts = new GrammarCheck(this, lineRules, citations, services).Conflicts();
        if (conflicts.Count > 0)
        {
            throw new RuleConflictException(conflicts);
        }

        var classifier = new LineClassifier(lineRules, DecisionWords);
        return new ImrParser(this, classifier, headings, verdicts, citations, services);
    }

    // Headings first (each section's, in order), then the other line rules, so that one can be more
    // specific than a section's own, then the sections' labels and boilerplate. Sections of several layouts may share a name ("decisions"); their
    // heading rules' names stay unique.
    private (List<LineRule> Rules, Dictionary<int, SectionParser> Headings) LineRulesOfSections()
    {
        var rules = new List<LineRule>();
        var headings = new Dictionary<int, SectionParser>();
        foreach (var section in Sections)
        {
            foreach (string heading in section.Headings)
            {
                string name = $"heading.{section.Name}";
                if (rules.Any(rule => rule.Name == name))
                {
                    name += "." + section.Layout.JsonName();
                }

                for (int n = 2; rules.Any(rule => rule.Name == name); n++)
                {
                    name = $"heading.{section.Name}.{section.Layout.JsonName()}.{n}";
                }

                headings[rules.Count] = section;
                rules.Add(LineRule.Heading(name, heading));
            }
        }

        foreach (var rule in LineRules.Concat(Sections.SelectMany(section => section.BodyRules)))
        {
            if (rules.FirstOrDefault(existing => existing.Name == rule.Name) is { } existing)
            {
                // A rule two sections share is one rule.
                if (existing != rule)
                {
                    throw new ArgumentException($"Two line rules are named '{rule.Name}' (\"{existing.Phrase}\" and \"{rule.Phrase}\"): rename one.");
                }

                continue;
            }

            rules.Add(rule);
        }

        return (rules, headings);
    }
}
