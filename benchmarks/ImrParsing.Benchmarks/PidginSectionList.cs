using System.Collections.Immutable;
using Pidgin;
using ImrParsing.Parsers.Combinators;
using ImrParsing.Semantics;
using ImrParsing.Text;
using static Pidgin.Parser;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The unnumbered section lists as Pidgin rules, as <see cref="PidginSectionListGrammar"/> read them before
/// <see cref="SectionListReader"/>: the baseline of `SectionListBenchmarks` and the
/// tests' reference for the reader (shared as source).
/// </summary>
public static class PidginSectionList
{
    // Each marked with the characters it starts with, so that the lists' scans skip the rest.
    private static readonly Parser<char, Unit> Comma = PidginTextParsers.StartingWith(",", Char(',').IgnoreResult());

    private static readonly Parser<char, Unit> Opening = PidginTextParsers.StartingWith("([", TextParsers.AnyOf("([").IgnoreResult());

    private static readonly Parser<char, Unit> Closing = PidginTextParsers.StartingWith(")]", TextParsers.AnyOf(")]").IgnoreResult());

    // ", chronic pain": a comma followed by words in lower case that continue the name ("and"/"or" start a new one).
    private static readonly Parser<char, Unit> Continuation =
        PidginTextParsers.At(Char(',').Then(Char(' '))
                .Then(PidginTextParsers.NotAt(TextParsers.Phrase("and ")))
                .Then(PidginTextParsers.NotAt(TextParsers.Phrase("or ")))
                .Then(Parser<char>.Token(char.IsLower)))
            .Then(Char(',')).Then(Char(' ')).IgnoreResult();

    /// <summary>The sections of an unnumbered list that ends where <paramref name="end"/> matches (or with the text).</summary>
    internal static Parser<char, ImmutableArray<OffsetRange>> Unnumbered(Parser<char, Unit> end)
    {
        var stop = TextParsers.FirstMatch([end, Comma, Opening]);
        var plainRun = PidginTextParsers.UpTo(stop).Or(PidginTextParsers.Rest).Assert(range => !range.IsEmpty, "words");
        var bracketed = Bracketed(end);
        var chunk = PidginTextParsers.NotAt(end).Then(TextParsers.FirstMatch([bracketed, Continuation, plainRun.IgnoreResult()]));
        var knownName = TextParsers.FirstMatch(SectionListGrammar.NamesWithCommas.Select(name =>
            TextParsers.Phrase(name).Then(PidginTextParsers.At(TextParsers.FirstMatch([end, Comma, Parser<char>.End])))));
        var section = PidginTextParsers.Captured(TextParsers.FirstMatch([knownName, chunk.AtLeastOnce().IgnoreResult()]));
        var separator = PidginTextParsers.NotAt(end).Then(Comma).Then(TextParsers.Space).Then(TextParsers.Phrase("and ").Optional());
        return PidginTextParsers.Chain(section, separator);
    }

    private static Parser<char, Unit> Bracketed(Parser<char, Unit> end)
    {
        Parser<char, Unit>? bracketed = null;
        var run = PidginTextParsers.UpTo(TextParsers.FirstMatch([Opening, Closing, end])).Or(PidginTextParsers.Rest)
            .Assert(range => !range.IsEmpty, "words")
            .IgnoreResult();
        var inner = PidginTextParsers.NotAt(end).Then(TextParsers.FirstMatch([Rec(() => bracketed!), run])).Many();
        bracketed = Opening.Then(inner).Then(Closing.Optional()).IgnoreResult();
        return bracketed;
    }
}
