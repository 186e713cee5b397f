using ImrParsing.Parsers;
using ImrParsing.Sections;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Tokenizing;

namespace ImrParsing;

/// <summary>
/// The rules of the default parser, registered through the builder's public lists exactly as an
/// extension registers its own: nothing built in is wired past the builder.
/// </summary>
public static class DefaultRules
{
    /// <summary>Adds the default rules to <paramref name="builder"/> (after any it already holds) and sets its body regions.</summary>
    /// <returns>The builder, to chain calls.</returns>
    public static ImrParserBuilder AddDefaultRules(this ImrParserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The Final Determination, with and without the list of documents.
        builder.Sections
            .Add(new DeterminationSectionParser())
            .Add(DocumentsReviewedSectionParser.ForFinalDetermination())
            .Add(new CaseSummarySectionParser())
            .Add(new DecisionsSectionParser())
            .Add(new NumberedDecisionsSectionParser());

        // The 2013 notice, and the reviewer's report; both have "Case Summary:".
        builder.Sections
            .Add(new NoticeLetterheadSectionParser())
            .Add(new NoticeSectionParser())
            .Add(new NoticeDecisionsSectionParser())
            .Add(ReviewerQualificationsSectionParser.ForNotice())
            .Add(new ProfessionalReviewTitleSectionParser())
            .Add(new IssueAtDisputeSectionParser())
            .Add(CaseSummarySectionParser.ForOlderLayouts())
            .Add(DocumentsReviewedSectionParser.ForProfessionalReview())
            .Add(new ReviewerGuidelinesSectionParser())
            .Add(new ReviewerRationaleSectionParser())
            .Add(ReviewerQualificationsSectionParser.ForProfessionalReview());

        builder.DecisionWords
            .Add(new DecisionWord("Upheld", Decision.Upheld))
            .Add(new DecisionWord("Overturned", Decision.Overturned));

        AddAll(builder.VerdictPhrases, VerdictGrammar.DefaultPhrases);
        AddAll(builder.CitationForms, MtusCitationForms.All);
        AddAll(builder.ServiceRules, ServiceClassifier.Default.Rules);
        AddAll(builder.HeaderLabels, HeaderGrammar.Labels);
        builder.BodyRegions = BodyRegionClassifier.Default;
        return builder;
    }

    private static void AddAll<T>(RuleList<T> list, IEnumerable<T> rules)
        where T : class
    {
        foreach (var rule in rules)
        {
            list.Add(rule);
        }
    }
}
