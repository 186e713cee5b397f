using System.Collections.Immutable;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Parsers;
using ImrParsing.Syntax;
using ImrParsing.Text;
using Pidgin;

namespace ImrParsing.Semantics;

/// <summary>
/// Reads the date of injury a narrative states (<see cref="InjuryGrammar"/>): the first date that
/// follows "injury on", "injury date of", "date of injury of", "claim from" and the like.
/// </summary>
internal static class DateOfInjuryReader
{
    /// <summary>The first date of injury <paramref name="text"/> states, or null.</summary>
    public static FoundDate? Find(CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(text, NarrativeDates.Find(text));
    }

    /// <summary>
    /// The first date of injury <paramref name="text"/> states, among the <paramref name="dates"/>
    /// <see cref="NarrativeDates.Find"/> found in it (so that the date of injury is always one of
    /// the narrative's dates), or null.
    /// </summary>
    public static FoundDate? Find(CanonicalText text, ImmutableArray<FoundDate> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = text.Span;
        for (int i = 0; i < canonical.Length; i++)
        {
            if (!IsAnchorStart(canonical, i))
            {
                continue;
            }

            if (!InjuryGrammar.BeforeDate.TryMatch(canonical[i..], out var before))
            {
                continue;
            }

            int dateStart = i + before.End;
            foreach (var date in dates)
            {
                if (date.Canonical.Start == dateStart)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>The date of injury as a value with its span in the input, or null.</summary>
    public static Spanned<DateOnly>? Read(IReaderContext context, CanonicalText text, ImmutableArray<FoundDate> dates)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Find(text, dates) is { } date ? context.Spanned(date.Date, date.Source.Start, date.Source.End) : null;
    }

    private static bool IsAnchorStart(ReadOnlySpan<char> text, int at) =>
        text[at] is 'i' or 'I' or 'c' or 'C' or 'd' or 'D' && (at == 0 || !char.IsLetter(text[at - 1]));
}
