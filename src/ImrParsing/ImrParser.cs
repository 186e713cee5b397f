using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ImrParsing.Sections;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing;

/// <summary>
/// A configured IMR letter parser: its section parsers, in the order a letter gives the sections,
/// and the line rules and decision words they use. Build once, use from any number of threads.
/// </summary>
public sealed class ImrParser
{
    private readonly Dictionary<int, SectionParser> _sectionsByHeadingRule = [];

    private readonly ImmutableArray<DecisionWord> _decisionWords;

    internal ImrParser(ImrParserOptions options, IEnumerable<SectionParser> sections, IEnumerable<DecisionWord> decisionWords)
    {
        Options = options;
        _decisionWords = [.. decisionWords];
        Sections = [.. sections];
        var rules = new List<LineRule>();
        foreach (var section in Sections)
        {
            foreach (string heading in section.Headings)
            {
                // Sections of several layouts may share a name ("decisions"); their rules' names stay unique.
                string name = $"heading.{section.Name}";
                if (rules.Any(rule => rule.Name == name))
                {
                    name += "." + section.Layout.JsonName();
                }

                _sectionsByHeadingRule[rules.Count] = section;
                rules.Add(LineRule.Heading(name, heading));
            }
        }

        rules.AddRange(Sections.SelectMany(section => section.BodyRules));
        Classifier = new LineClassifier(rules, decisionWords);
    }

    /// <summary>
    /// The parser <see cref="ImrDocument.Parse"/> uses. Its sections, filtered by layout, give each
    /// layout's sections in the order its letters have them.
    /// </summary>
    public static ImrParser Default { get; } = new(
        ImrParserOptions.Default,
        [
            // The Final Determination, with and without the list of documents.
            new DeterminationSectionParser(), DocumentsReviewedSectionParser.ForFinalDetermination(), new CaseSummarySectionParser(),
            new DecisionsSectionParser(), new NumberedDecisionsSectionParser(),

            // The 2013 notice, and the reviewer's report; both have "Case Summary:".
            new NoticeLetterheadSectionParser(), new NoticeSectionParser(), new NoticeDecisionsSectionParser(), ReviewerQualificationsSectionParser.ForNotice(),
            new ProfessionalReviewTitleSectionParser(), new IssueAtDisputeSectionParser(), CaseSummarySectionParser.ForOlderLayouts(),
            DocumentsReviewedSectionParser.ForProfessionalReview(), new ReviewerGuidelinesSectionParser(), new ReviewerRationaleSectionParser(),
            ReviewerQualificationsSectionParser.ForProfessionalReview(),
        ],
        [new DecisionWord("Upheld", Decision.Upheld), new DecisionWord("Overturned", Decision.Overturned)]);

    /// <summary>Limits and settings.</summary>
    public ImrParserOptions Options { get; }

    /// <summary>The section parsers, in the order a letter gives the sections.</summary>
    public ImmutableArray<SectionParser> Sections { get; }

    /// <summary>The line rules (headings first, then the sections' labels and boilerplate) and the decision words.</summary>
    public LineClassifier Classifier { get; }

    /// <summary>
    /// A parser with the same sections, line rules and decision words as this one and other
    /// <paramref name="options"/>, for example a smaller <see cref="ImrParserOptions.MaxInputLength"/>
    /// for a service that takes letters from outside. Build it once and share it.
    /// </summary>
    /// <example><c>var parser = ImrParser.Default.WithOptions(new ImrParserOptions { MaxInputLength = 1_000_000 });</c></example>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ImrParser WithOptions(ImrParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options == Options ? this : new ImrParser(options, Sections, _decisionWords);
    }

    /// <summary>Parses an IMR letter.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ImrParseException">The text is not an IMR letter, or is longer than <see cref="ImrParserOptions.MaxInputLength"/>.</exception>
    public ImrDocument Parse(string text) =>
        TryParse(text, out var document, out var error) ? document : throw new ImrParseException(error);

    /// <summary>Parses an IMR letter, returning false and the error instead of throwing <see cref="ImrParseException"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public bool TryParse(string text, [NotNullWhen(true)] out ImrDocument? document, [NotNullWhen(false)] out ImrParseError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        document = null;
        if (text.Length > Options.MaxInputLength)
        {
            string expected = string.Create(CultureInfo.InvariantCulture, $"at most {Options.MaxInputLength:N0} characters (ImrParserOptions.MaxInputLength)");
            string found = string.Create(CultureInfo.InvariantCulture, $"{text.Length:N0} characters");
            error = new ImrParseError($"Expected {expected} at 1:1, found {found}.", expected, found, 0, 1, 1);
            return false;
        }

        using var tokens = LineTokenizer.Tokenize(text, Classifier);
        return new DocumentBuilder(this, text, tokens).TryBuild(out document, out error);
    }

    internal SectionParser SectionForHeading(int rule) => _sectionsByHeadingRule[rule];
}
