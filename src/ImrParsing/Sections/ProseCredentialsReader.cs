using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Parsers.Pooling;
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
            LicensureStates = ListValues(context, prose.States.Start, prose.States.End, and: true),
            Span = context.Span(prose.Sentence.Start, prose.Sentence.End),
        };
    }

    /// <summary>
    /// The values of the items of the list from <paramref name="start"/> to <paramref name="end"/>
    /// (<see cref="ListGrammar.Items"/>), blank ones left out.
    /// </summary>
    public static ImmutableArray<TextValue> ListValues(SectionContext context, int start, int end, bool and)
    {
        // The items' offsets, in a list each thread keeps: only the values returned are allocated.
        var items = ListGrammar.Items(context.Text, start, end, and, PerThreadList<(int Start, int End)>.Take());
        var values = context.Values(CollectionsMarshal.AsSpan(items));
        PerThreadList<(int Start, int End)>.Give(items);
        return values;
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
