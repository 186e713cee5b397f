using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Diagnostics;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>
/// "HOW THE IMR FINAL DETERMINATION WAS MADE": a paragraph of the form, then the reviewer's
/// credentials, either as "State(s) of Licensure:" and "Certification(s)/Specialty:" lines or in
/// the paragraph itself ("is Board Certified in ... and is licensed to practice in ...").
/// </summary>
internal sealed class DeterminationSectionParser : SectionParser
{
    /// <summary>"State(s) of Licensure:".</summary>
    public static LineRule Licensure { get; } = LineRule.Label("label.licensure", "State(s) of Licensure:");

    /// <summary>"Certification(s)/Specialty:".</summary>
    public static LineRule Specialty { get; } = LineRule.Label("label.specialty", "Certification(s)/Specialty:");

    /// <summary>"The Expert Reviewer has the following credentials:".</summary>
    public static LineRule CredentialsIntroduction { get; } =
        LineRule.Boilerplate("boilerplate.credentials", "The Expert Reviewer has the following credentials");

    /// <summary>Makes the parser.</summary>
    public DeterminationSectionParser()
        : base("determination", [LetterLayout.FinalDetermination, LetterLayout.FinalDeterminationWithDocuments], "HOW THE IMR FINAL DETERMINATION WAS MADE")
    {
    }

    /// <inheritdoc />
    public override IEnumerable<LineRule> BodyRules => [Licensure, Specialty, CredentialsIntroduction];

    /// <inheritdoc />
    public override object? Parse(SectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        if (lines.IsEmpty)
        {
            return null;
        }

        var states = ImmutableArray<TextValue>.Empty;
        var specialties = ImmutableArray<TextValue>.Empty;
        int spanStart = -1;
        int spanEnd = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            var rule = context.RuleOf(lines[i]);
            if (rule != Licensure && rule != Specialty)
            {
                continue;
            }

            // Matched from the line's start on, not within the line: an extractor may have wrapped the
            // label ("State(s)" / "of Licensure: California."), and then its list starts on the line
            // the label ends on, and continues from there.
            int start = context.AfterLabel(lines[i], rule, lines[^1].ContentEnd);
            int last = LastContinuation(context, lines, LabelEnd(lines, i, start));
            int end = lines[last].ContentEnd;

            // "State(s) of Licensure: California Certification(s)/Specialty: Family Practice": an
            // extractor ran the two labels' lines into one, and the other label ends this list.
            var other = rule == Licensure ? Specialty : Licensure;
            int otherAt = context.Text.AsSpan(start, end - start).IndexOf(other.Phrase, StringComparison.OrdinalIgnoreCase);
            int listEnd = otherAt < 0 ? end : start + otherAt;
            Assign(rule, ProseCredentialsReader.ListValues(context, start, listEnd, and: false));
            if (otherAt >= 0)
            {
                Assign(other, ProseCredentialsReader.ListValues(context, listEnd + other.Phrase.Length, end, and: false));
            }

            spanStart = spanStart < 0 ? lines[i].ContentStart : spanStart;
            spanEnd = lines[last].ContentEnd;
            i = last;
        }

        if (spanStart >= 0)
        {
            return new ReviewerCredentials { LicensureStates = states, Specialties = specialties, Span = context.Span(spanStart, spanEnd) };
        }

        return ProseCredentialsReader.Read(context, lines) ?? MissingCredentials(context, lines);

        void Assign(LineRule label, ImmutableArray<TextValue> list)
        {
            if (label == Licensure)
            {
                states = list;
            }
            else
            {
                specialties = list;
            }
        }
    }

    // The line a label that starts on line `label` ends on: the first line that reaches `valueStart`.
    private static int LabelEnd(ReadOnlySpan<Line> lines, int label, int valueStart)
    {
        int end = label;
        while (end + 1 < lines.Length && lines[end].ContentEnd < valueStart)
        {
            end++;
        }

        return end;
    }

    // A wrapped list continues on lines of plain text without a full stop.
    private static int LastContinuation(SectionContext context, ReadOnlySpan<Line> lines, int label)
    {
        int last = label;
        while (last + 1 < lines.Length && lines[last + 1].Kind == LineKind.Text && !lines[last + 1].GetContent(context.Text).Contains('.'))
        {
            last++;
        }

        return last;
    }

    private static ReviewerCredentials? MissingCredentials(SectionContext context, ReadOnlySpan<Line> lines)
    {
        context.Report(ImrDiagnostics.MissingCredentials, context.Span(new LineRange(0, lines.Length)), "HOW THE IMR FINAL DETERMINATION WAS MADE");
        return null;
    }
}
