using System.Collections.Immutable;
using ImrParsing.Lexing;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Semantics;

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
/// The text is read through its tokens, as in canonical form (<see cref="WordLexer"/>), so both
/// extractions of a letter give the same dates; their offsets are the source's.
/// </remarks>
internal static class NarrativeDates
{
    /// <summary>The words after which a glued date ("On 11-152016", "dated 1020-16") is read.</summary>
    internal static ImmutableArray<string> GluedDateCues { get; } =
        ["on", "dated", "date", "of", "since", "least", "from", "to", "through", "until", "and", "between", "service", "dos", "doi"];

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<TokenDate> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var tokens = WordLexer.Lex(text);
        return Find(text, tokens);
    }

    /// <summary>Every date in <paramref name="text"/>, lexed into <paramref name="tokens"/>, in order.</summary>
    public static ImmutableArray<TokenDate> Find(ReadOnlySpan<char> text, TokenList tokens)
    {
        // The list each thread fills, kept: a text's dates allocate only the array returned.
        var found = PerThreadBuilder<TokenDate>.Take();
        foreach (var date in new DateTokenReader(text, tokens))
        {
            found.Add(date);
        }

        var dates = found.ToImmutable();
        PerThreadBuilder<TokenDate>.Give(found);
        return dates;
    }
}
