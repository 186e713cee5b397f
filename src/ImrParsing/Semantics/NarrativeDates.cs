using System.Collections.Immutable;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Syntax;
using ImrParsing.Text;
using Pidgin;

namespace ImrParsing.Semantics;

/// <summary>A date found in a text: its value, how it was written, and where it is in the input.</summary>
/// <param name="Date">The date.</param>
/// <param name="Form">How it was written.</param>
/// <param name="Canonical">Where it is in the <see cref="CanonicalText"/> it was read from.</param>
/// <param name="Source">Where it is in the input.</param>
internal readonly record struct FoundDate(DateOnly Date, DateForm Form, OffsetRange Canonical, OffsetRange Source);

/// <summary>
/// Finds every date a piece of prose states ("on 10-13-16", "dated 10/14/ 2016", "of March 18,
/// 2013", "on 10-302016"), in order, each read by <see cref="DateGrammar.InProse"/>.
/// </summary>
/// <remarks>
/// A date stands alone: it does not start inside a word or a number ("T9-10", "7.5-325") and is
/// not followed by a letter, a digit or more of a number. A glued date
/// (<see cref="DateForm.Glued"/>) is taken only after a word that introduces dates
/// (<see cref="GluedDateCues"/>: "on", "dated", "of", "since", "and", ...): its digits are also
/// what a range or a dose looks like ("5-325"), and the cue is what tells them apart.
/// The text is read in canonical form, so both extractions of a letter give the same dates.
/// </remarks>
internal static class NarrativeDates
{
    /// <summary>The words after which a glued date ("On 11-152016", "dated 1020-16") is read.</summary>
    internal static ImmutableArray<string> GluedDateCues { get; } =
        ["on", "dated", "date", "of", "since", "least", "from", "to", "through", "until", "and", "between", "service", "dos", "doi"];

    private static readonly Parser<char, (DateReading Value, OffsetRange Range)> DateWithRange = TextParsers.WithRange(DateGrammar.InProse);

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<FoundDate> Find(CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = text.Span;
        var found = ImmutableArray.CreateBuilder<FoundDate>();
        int i = 0;
        while (i < canonical.Length)
        {
            char c = canonical[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            int wordEnd = i;
            while (wordEnd < canonical.Length && char.IsLetterOrDigit(canonical[wordEnd]))
            {
                wordEnd++;
            }

            if (CanStart(canonical, i) && (char.IsAsciiDigit(c) || (wordEnd - i is >= 3 and <= 9 && DateGrammar.MonthNumber(canonical[i..wordEnd]) > 0)))
            {
                if (DateWithRange.TryMatch(canonical[i..], out var result) && CanEnd(canonical, i + result.Range.End)
                    && (result.Value.Form != DateForm.Glued || FollowsCue(canonical, i)))
                {
                    var range = result.Range.Shift(i);
                    found.Add(new FoundDate(result.Value.Date, result.Value.Form, range, text.SourceRange(range)));
                    i = range.End;
                    continue;
                }
            }

            i = wordEnd;
        }

        return found.ToImmutable();
    }

    private static bool CanStart(ReadOnlySpan<char> text, int at) =>
        at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '/' or '-' or '+' or '$' or '#');

    private static bool CanEnd(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length)
        {
            return true;
        }

        char next = text[at];
        bool more = at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]);
        return !char.IsLetterOrDigit(next) && !(more && next is '/' or '-' or '.');
    }

    // The word before the date, skipping an opening parenthesis: "On (11-2816)".
    private static bool FollowsCue(ReadOnlySpan<char> text, int at)
    {
        int end = at;
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '('))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..end];
        foreach (string cue in GluedDateCues)
        {
            if (word.Equals(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
