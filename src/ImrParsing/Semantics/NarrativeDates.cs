using System.Collections.Immutable;
using ImrParsing.Lexing;
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

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<FoundDate> Find(CanonicalText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var canonical = text.Span;
        using var tokens = WordLexer.Lex(canonical);
        var found = ImmutableArray.CreateBuilder<FoundDate>();
        foreach (var date in new DateTokenReader(canonical, tokens))
        {
            var range = new OffsetRange(date.Start, date.End);
            found.Add(new FoundDate(date.Date, date.Form, range, text.SourceRange(range)));
        }

        return found.ToImmutable();
    }
}
