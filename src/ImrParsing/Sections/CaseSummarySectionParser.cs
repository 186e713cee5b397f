using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ImrParsing.Diagnostics;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Semantics;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// "CLINICAL CASE SUMMARY": a sentence of the form, then the reviewer's narrative; in the older
/// layouts, "Case Summary:" with a disclaimer in place of the sentence.
/// </summary>
internal sealed class CaseSummarySectionParser : SectionParser
{
    private readonly LineRule _introduction;

    /// <summary>"The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:".</summary>
    public static LineRule Introduction { get; } =
        LineRule.Boilerplate("boilerplate.caseSummary", "The expert reviewer developed the following clinical case summary");

    /// <summary>"Disclaimer: The following case summary was taken directly from the utilization review denial/modification dated ...".</summary>
    public static LineRule Disclaimer { get; } =
        LineRule.Boilerplate("boilerplate.caseSummaryDisclaimer", "Disclaimer: The following case summary was taken directly from");

    /// <summary>Makes the parser of the Final Determination's "CLINICAL CASE SUMMARY".</summary>
    public CaseSummarySectionParser()
        : base("caseSummary", [LetterLayout.FinalDetermination, LetterLayout.FinalDeterminationWithDocuments], "CLINICAL CASE SUMMARY")
    {
        _introduction = Introduction;
    }

    private CaseSummarySectionParser(LineRule introduction, string heading, params LetterLayout[] layouts)
        : base("caseSummary", layouts, heading)
    {
        _introduction = introduction;
    }

    /// <summary>The parser of the 2013 notice's and the reviewer's report's "Case Summary:", which opens with a disclaimer.</summary>
    public static CaseSummarySectionParser ForOlderLayouts() =>
        new(Disclaimer, "CASE SUMMARY", LetterLayout.DeterminationNotice, LetterLayout.MedicalProfessionalReview);

    /// <inheritdoc />
    public override IEnumerable<LineRule> BodyRules => [_introduction];

    /// <inheritdoc />
    public override string HeadingIn(LetterLayout layout) => layout == LetterLayout.DeterminationNotice ? "Case Summary:" : Headings[0];

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        int first = 0;
        while (first < lines.Length && lines[first].Kind == LineKind.Boilerplate)
        {
            first++;
        }

        if (first == lines.Length)
        {
            return new CaseSummary { Span = context.Span(new LineRange(0, lines.Length)) };
        }

        int start = lines[first].ContentStart;
        int end = lines[^1].ContentEnd;

        // The readers read where they can start: the narrative is lexed only there.
        var facts = NarrativeReader.Read(context.Text.AsSpan(0, end), start, end);
        ReportUnstated(context, facts.AgeAndSex, context.Span(start, end));
        var patient = new Patient
        {
            Age = facts.AgeAndSex?.Age is { } age ? context.Spanned(age.Value, age.Start, age.End) : null,
            Sex = facts.AgeAndSex is { } stated ? context.Spanned(stated.Sex.Value, stated.Sex.Start, stated.Sex.End) : null,
            Term = facts.Term is { } named ? context.Spanned(named.Value, named.Start, named.End) : null,
            Diagnoses = context.Values(facts.Diagnoses.AsSpan()),
        };
        return new CaseSummary
        {
            Text = context.Value(start, end),
            Patient = patient,
            DateOfInjury = facts.DateOfInjury is { } date ? context.Spanned(date.Date, date.Start, date.End) : null,
            Dates = Spanned(context, facts.Dates),
            Span = context.Span(new LineRange(0, lines.Length)),
        };
    }

    private static ImmutableArray<Spanned<DateOnly>> Spanned(SectionContext context, ImmutableArray<TokenDate> dates)
    {
        var spanned = new Spanned<DateOnly>[dates.Length];
        for (int i = 0; i < spanned.Length; i++)
        {
            spanned[i] = context.Spanned(dates[i].Date, dates[i].Start, dates[i].End);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(spanned);
    }

    private static void ReportUnstated(SectionContext context, AgeAndSex? stated, TextSpan span)
    {
        if (stated is null)
        {
            context.Report(ImrDiagnostics.PatientNotStated, span, "age and sex");
        }
        else if (stated.Value.Age is null)
        {
            context.Report(ImrDiagnostics.PatientNotStated, span, "age");
        }
    }
}
