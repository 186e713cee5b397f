using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Parsers.Combinators;
using static Pidgin.Parser;

using ImrParsing.Text;

namespace ImrParsing.Semantics;

/// <summary>
/// The sections after "Section(s):", separated by commas. Section names hold commas of their own,
/// so a comma separates two sections only when it stands outside brackets ("Naproxen (Naprosyn,
/// Anaprox)"), the next words do not continue the name in lower case ("TENS, chronic pain",
/// "Opioids, criteria for use") and the name is not one of <see cref="NamesWithCommas"/>.
/// Numbered sections ("3.3.6 Opioids for Chronic Pain ...: Use of Urine Drug Testing (UDT)") are
/// separated only before the next number, whatever commas their names hold.
/// </summary>
internal static class SectionListGrammar
{
    /// <summary>
    /// MTUS section names whose comma is followed by a capital, which the rules above would split
    /// ("NSAIDs, GI symptoms &amp; cardiovascular risk" of the Chronic Pain Medical Treatment
    /// Guidelines, "Forearm, Wrist, &amp; Hand" of the Postsurgical Treatment Guidelines).
    /// </summary>
    public static ImmutableArray<string> NamesWithCommas { get; } =
    [
        "NSAIDs, GI symptoms & cardiovascular risk",
        "Forearm, Wrist, & Hand",
        "Forearm, Wrist, and Hand",
    ];

    /// <summary>A section number followed by a space: "3.3.9 ", "4.1 ", "3. ".</summary>
    public static Parser<char, Unit> SectionNumber { get; } =
        TextParsers.SkipDigits
            .Then(TextParsers.At(Char('.').Then(Digit)).Then(Char('.')).Then(TextParsers.SkipDigits).Many())
            .Then(Char('.').Optional())
            .Then(Char(' '))
            .IgnoreResult();

    // Each marked with the characters it starts with, so that the lists' scans skip the rest.
    private static readonly Parser<char, Unit> Comma = TextParsers.StartingWith(",", Char(',').IgnoreResult());

    private static readonly Parser<char, Unit> Opening = TextParsers.StartingWith("([", TextParsers.AnyOf("([").IgnoreResult());

    private static readonly Parser<char, Unit> Closing = TextParsers.StartingWith(")]", TextParsers.AnyOf(")]").IgnoreResult());

    // ", chronic pain": a comma followed by words in lower case that continue the name ("and"/"or" start a new one).
    private static readonly Parser<char, Unit> Continuation =
        TextParsers.At(Char(',').Then(Char(' '))
                .Then(TextParsers.NotAt(TextParsers.Phrase("and ")))
                .Then(TextParsers.NotAt(TextParsers.Phrase("or ")))
                .Then(Parser<char>.Token(char.IsLower)))
            .Then(Char(',')).Then(Char(' ')).IgnoreResult();

    /// <summary>The sections of a list that ends where <paramref name="end"/> matches (or with the text); fails, consuming nothing, on an empty list.</summary>
    public static Parser<char, ImmutableArray<OffsetRange>> List(Parser<char, Unit> end)
    {
        ArgumentNullException.ThrowIfNull(end);
        return TextParsers.FirstMatch([Numbered(end), Unnumbered(end)]);
    }

    private static Parser<char, ImmutableArray<OffsetRange>> Numbered(Parser<char, Unit> end)
    {
        var nextNumber = TextParsers.Phrase(", ").Then(SectionNumber);
        var item = TextParsers.At(SectionNumber)
            .Then(TextParsers.UpTo(TextParsers.FirstMatch([end, nextNumber])).Or(TextParsers.Rest));
        return TextParsers.Chain(item, TextParsers.Phrase(", "));
    }

    // "(Naprosyn, Anaprox DS [otc], Naprelan)": brackets nest; an unclosed one runs to the end of the list.
    private static Parser<char, Unit> Bracketed(Parser<char, Unit> end)
    {
        Parser<char, Unit>? bracketed = null;
        var run = TextParsers.UpTo(TextParsers.FirstMatch([Opening, Closing, end])).Or(TextParsers.Rest)
            .Assert(range => !range.IsEmpty, "words")
            .IgnoreResult();
        var inner = TextParsers.NotAt(end).Then(TextParsers.FirstMatch([Rec(() => bracketed!), run])).Many();
        bracketed = Opening.Then(inner).Then(Closing.Optional()).IgnoreResult();
        return bracketed;
    }

    private static Parser<char, ImmutableArray<OffsetRange>> Unnumbered(Parser<char, Unit> end)
    {
        var stop = TextParsers.FirstMatch([end, Comma, Opening]);
        var plainRun = TextParsers.UpTo(stop).Or(TextParsers.Rest).Assert(range => !range.IsEmpty, "words");
        var bracketed = Bracketed(end);
        var chunk = TextParsers.NotAt(end).Then(TextParsers.FirstMatch([bracketed, Continuation, plainRun.IgnoreResult()]));
        var knownName = TextParsers.FirstMatch(NamesWithCommas.Select(name =>
            TextParsers.Phrase(name).Then(TextParsers.At(TextParsers.FirstMatch([end, Comma, Parser<char>.End])))));
        var section = TextParsers.Captured(TextParsers.FirstMatch([knownName, chunk.AtLeastOnce().IgnoreResult()]));
        var separator = TextParsers.NotAt(end).Then(Comma).Then(TextParsers.Space).Then(TextParsers.Phrase("and ").Optional());
        return TextParsers.Chain(section, separator);
    }
}
