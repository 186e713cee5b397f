using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>Reads the reviewer's credentials stated in prose (<see cref="CredentialsGrammar.Prose"/>) anywhere in a section's lines.</summary>
internal static class ProseCredentialsReader
{
    /// <summary>The credentials the first "Board Certified in ..." statement of <paramref name="lines"/> gives, or null.</summary>
    public static ReviewerCredentials? Read(SectionContext context, ReadOnlySpan<Line> lines)
    {
        if (lines.IsEmpty)
        {
            return null;
        }

        int start = lines[0].ContentStart;
        var body = context.Text.AsSpan(start, lines[^1].ContentEnd - start);
        int at = -1;
        foreach (string phrase in CredentialsGrammar.CertifiedPhrases)
        {
            int found = Phrase.IndexOf(body, phrase, out _);
            at = found >= 0 && (at < 0 || found < at) ? found : at;
        }

        if (at < 0)
        {
            return null;
        }

        if (!CredentialsGrammar.Prose.TryMatch(body[at..], out var result))
        {
            return null;
        }

        int origin = start + at;
        var prose = result;
        return new ReviewerCredentials
        {
            Specialties = Single(context, prose.Specialties.Shift(origin)),
            Subspecialties = prose.Subspecialties is { } sub ? Single(context, sub.Shift(origin)) : [],
            LicensureStates = Split(context, ListGrammar.CommaOrAndSeparated, prose.States.Start + origin, prose.States.End + origin),
            Span = context.Span(prose.Sentence.Start + origin, prose.Sentence.End + origin),
        };
    }

    /// <summary>The items of a list read with <paramref name="list"/> from the text between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static ImmutableArray<TextValue> Split(SectionContext context, Parser<char, ImmutableArray<OffsetRange>> list, int start, int end)
    {
        if (!list.TryMatch(context.Text.AsSpan(start, end - start), out var result))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<TextValue>(result.Length);
        foreach (var range in result)
        {
            if (context.Value(range.Start + start, range.End + start) is { } value)
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
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
}
