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
public sealed class DeterminationSectionParser : SectionParser
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
        : base("determination", LetterLayout.FinalDetermination, "HOW THE IMR FINAL DETERMINATION WAS MADE")
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

            int last = LastContinuation(context, lines, i);
            // Matched from the line's start on, not within the line: an extractor may have wrapped the label.
            int start = lines[i].ContentStart + Math.Max(0, Phrase.MatchLength(context.Text.AsSpan(lines[i].ContentStart), rule.Phrase));
            var list = Split(context, ListGrammar.CommaSeparated, start, lines[last].ContentEnd);
            if (rule == Licensure)
            {
                states = list;
            }
            else
            {
                specialties = list;
            }

            spanStart = spanStart < 0 ? lines[i].ContentStart : spanStart;
            spanEnd = lines[last].ContentEnd;
            i = last;
        }

        if (spanStart >= 0)
        {
            return new ReviewerCredentials { LicensureStates = states, Specialties = specialties, Span = context.Span(spanStart, spanEnd) };
        }

        return ParseProse(context, lines) ?? MissingCredentials(context, lines);
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

    private static ReviewerCredentials? ParseProse(SectionContext context, ReadOnlySpan<Line> lines)
    {
        int start = lines[0].ContentStart;
        var body = context.Text.AsSpan(start, lines[^1].ContentEnd - start);
        int at = Phrase.IndexOf(body, "Board Certified in", out _);
        if (at < 0)
        {
            return null;
        }

        var result = CredentialsGrammar.Prose.Parse(body[at..]);
        if (!result.Success)
        {
            return null;
        }

        int origin = start + at;
        var prose = result.Value;
        return new ReviewerCredentials
        {
            Specialties = Single(context, prose.Specialties.Shift(origin)),
            Subspecialties = prose.Subspecialties is { } sub ? Single(context, sub.Shift(origin)) : [],
            LicensureStates = Split(context, ListGrammar.CommaOrAndSeparated, prose.States.Start + origin, prose.States.End + origin),
            Span = context.Span(prose.Sentence.Start + origin, prose.Sentence.End + origin),
        };
    }

    private static ReviewerCredentials? MissingCredentials(SectionContext context, ReadOnlySpan<Line> lines)
    {
        context.Report(ImrDiagnostics.MissingCredentials, context.Span(new LineRange(0, lines.Length)), "HOW THE IMR FINAL DETERMINATION WAS MADE");
        return null;
    }

    // "Physical Medicine Rehab, has a subspecialty ...": the list ends before its connecting comma or "and".
    private static ImmutableArray<TextValue> Single(SectionContext context, OffsetRange range)
    {
        var text = context.Text.AsSpan();
        var trimmed = range.Trim(text);
        int end = trimmed.End;
        while (end > trimmed.Start && (text[end - 1] == ',' || CharSets.IsSpace(text[end - 1])))
        {
            end--;
        }

        if (end - 4 >= trimmed.Start && text[(end - 3)..end].Equals("and", StringComparison.OrdinalIgnoreCase) && CharSets.IsSpace(text[end - 4]))
        {
            end -= 3;
        }

        return context.Value(trimmed.Start, end) is { } value ? [value] : [];
    }

    private static ImmutableArray<TextValue> Split(SectionContext context, Parser<char, ImmutableArray<OffsetRange>> list, int start, int end)
    {
        var result = list.Parse(context.Text.AsSpan(start, end - start));
        if (!result.Success)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<TextValue>(result.Value.Length);
        foreach (var range in result.Value)
        {
            if (context.Value(range.Start + start, range.End + start) is { } value)
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
    }
}
