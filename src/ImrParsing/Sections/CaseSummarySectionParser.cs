using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Diagnostics;
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
        using var narrative = CanonicalText.Of(context.Text, start, end);
        var dates = NarrativeDates.Find(narrative);
        var patient = ReadPatient(context, start, end) with
        {
            Term = PatientTermReader.Read(context, narrative),
            Diagnoses = DiagnosisReader.Read(context, narrative),
        };
        return new CaseSummary
        {
            Text = context.Value(start, end),
            Patient = patient,
            DateOfInjury = DateOfInjuryReader.Read(context, narrative, dates),
            Dates = [.. dates.Select(date => context.Spanned(date.Date, date.Source.Start, date.Source.End))],
            Span = context.Span(new LineRange(0, lines.Length)),
        };
    }

    private static Patient ReadPatient(SectionContext context, int start, int end)
    {
        var text = context.Text.AsSpan(start, end - start);
        var found = FindAgeThenSex(text) ?? FindSexOnly(text);
        var span = context.Span(start, end);
        if (found is not { } stated)
        {
            context.Report(ImrDiagnostics.PatientNotStated, span, "age and sex");
            return new Patient();
        }

        if (stated.Age is null)
        {
            context.Report(ImrDiagnostics.PatientNotStated, span, "age");
        }

        return new Patient
        {
            Age = stated.Age is { } age ? context.Spanned(age.Value, age.Range.Start + start, age.Range.End + start) : null,
            Sex = context.Spanned(stated.Sex.Value, stated.Sex.Range.Start + start, stated.Sex.Range.End + start),
        };
    }

    // The first "NN year old male" in the narrative: tried at each number that contains "year" soon after.
    private static AgeAndSex? FindAgeThenSex(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int digit = text[offset..].IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return null;
            }

            int at = offset + digit;
            int after = at;
            while (after < text.Length && char.IsAsciiDigit(text[after]))
            {
                after++;
            }

            var window = text[after..Math.Min(text.Length, after + 8)];
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && window.Contains("year", StringComparison.OrdinalIgnoreCase))
            {
                if (PatientGrammar.AgeThenSex.TryMatch(text[at..], out var result))
                {
                    return Shift(result, at);
                }
            }

            offset = after;
        }

        return null;
    }

    // "The injured worker is a female who ...".
    private static AgeAndSex? FindSexOnly(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (offset < text.Length)
        {
            int at = Phrase.IndexOf(text[offset..], "a ", out _);
            if (at < 0)
            {
                return null;
            }

            at += offset;
            if (at == 0 || CharSets.IsSpace(text[at - 1]))
            {
                if (PatientGrammar.SexOnly.TryMatch(text[at..], out var result))
                {
                    return Shift(result, at);
                }
            }

            offset = at + 1;
        }

        return null;
    }

    private static AgeAndSex Shift(AgeAndSex found, int offset) => new(
        found.Age is { } age ? (age.Value, age.Range.Shift(offset)) : null,
        (found.Sex.Value, found.Sex.Range.Shift(offset)));
}
