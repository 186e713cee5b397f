using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

namespace ImrParsing.Parsers;

/// <summary>
/// How the case summaries state the date of injury: "sustained an industrial injury on 04/07/2014",
/// "a date of injury of March 18, 2013", "an industrial injury date of 10-16-2016", "a history of
/// an occupational claim from 10/13/2016", "an industrial injury October 10, 2016".
/// </summary>
internal static class InjuryGrammar
{
    private static Parser<char, Unit> EndOfWord { get; } =
        Lookahead(Parser<char>.Token(c => !char.IsLetter(c)).IgnoreResult().Or(Parser<char>.End));

    /// <summary>The words a date of injury follows: "injury", "injured", "claim", "DOI".</summary>
    public static ImmutableArray<string> AnchorWords { get; } = ["injury", "injured", "claim", "DOI"];

    /// <summary>What may stand between the anchor and the date, in the order tried: "date of", "dated", "date", "on", "of", "from", "was".</summary>
    public static ImmutableArray<string> LinkPhrases { get; } = ["date of", "dated", "date", "on", "of", "from", "was"];

    /// <summary>"injury", "injured", "claim" or "DOI", as a whole word: what a date of injury follows.</summary>
    public static Parser<char, Unit> Anchor { get; } =
        TextParsers.FirstMatch(AnchorWords.Select(TextParsers.Phrase))
            .Before(EndOfWord)
            .Labelled("\"injury\", \"injured\", \"claim\" or \"DOI\"");

    /// <summary>What stands between the anchor and the date: "on", "of", "from", "date of", "dated", "was", or nothing.</summary>
    public static Parser<char, Unit> Link { get; } =
        TextParsers.FirstMatch(LinkPhrases.Select(phrase => TextParsers.Phrase(phrase + " ")));

    /// <summary>
    /// The words before a date of injury, from the anchor up to where the date starts ("injury on ",
    /// "injury date of ", "claim from ", "DOI: "); returns the offsets they cover. The date itself is
    /// read by <see cref="DateGrammar.InProse"/>.
    /// </summary>
    public static Parser<char, (int Start, int End)> BeforeDate { get; } =
        TextParsers.Bounds(Anchor.Then(Char(':').Optional()).Then(TextParsers.Space).Then(Link.Optional()));

    /// <summary>A whole statement: <see cref="BeforeDate"/> then the date.</summary>
    public static Parser<char, (DateReading Value, int Start, int End)> DateOfInjury { get; } =
        BeforeDate.Then(TextParsers.WithBounds(DateGrammar.InProse));
}
