using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using ImrParsing.Tokenizing;

namespace ImrParsing.Sections;

/// <summary>Reads the reviewer's credentials stated in prose (<see cref="CredentialsGrammar.Read"/>) anywhere in a section's lines.</summary>
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
        int at = TextParsers.UntilLength(body, CredentialsGrammar.CertifiedPhrases.AsSpan());
        if (at < 0)
        {
            return null;
        }

        if (CredentialsGrammar.Read(context.Text, start + at, lines[^1].ContentEnd) is not { } prose)
        {
            return null;
        }

        return new ReviewerCredentials
        {
            Specialties = Single(context, prose.Specialties),
            Subspecialties = prose.Subspecialties is { } sub ? Single(context, sub) : [],
            LicensureStates = Values(context, ListGrammar.CommaOrAndSeparated(context.Text, prose.States.Start, prose.States.End)),
            Span = context.Span(prose.Sentence.Start, prose.Sentence.End),
        };
    }

    /// <summary>The values of the items of a list (<see cref="ListGrammar"/>), blank ones left out.</summary>
    public static ImmutableArray<TextValue> Values(SectionContext context, ImmutableArray<(int Start, int End)> items)
    {
        var builder = ImmutableArray.CreateBuilder<TextValue>(items.Length);
        foreach (var (start, end) in items)
        {
            if (context.Value(start, end) is { } value)
            {
                builder.Add(value);
            }
        }

        return builder.DrainToImmutable();
    }

    // "Physical Medicine Rehab, has a subspecialty ...": the list ends before its connecting comma or "and".
    private static ImmutableArray<TextValue> Single(SectionContext context, (int Start, int End) range)
    {
        var text = context.Text.AsSpan();
        int start = range.Start + TextParsers.SpaceLength(text[range.Start..range.End]);
        int end = range.End;
        while (end > start && (text[end - 1] == ',' || CharSets.IsSpace(text[end - 1])))
        {
            end--;
        }

        if (end - 4 >= start && text[(end - 3)..end].Equals("and", StringComparison.OrdinalIgnoreCase) && CharSets.IsSpace(text[end - 4]))
        {
            end -= 3;
        }

        return context.Value(start, end) is { } value ? [value] : [];
    }
}
