using Pidgin;
using ImrParsing.Parsers;
using ImrParsing.Tokenizing;
using static ImrParsing.Parsers.LineParsers;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The letter's sections as <see cref="LetterGrammar"/> read them before <see cref="SkipLinesParser"/>:
/// every line through Pidgin's <c>Token(predicate).SkipMany()</c>. The baseline of
/// `LetterGrammarBenchmarks` and the tests' reference (shared as source).
/// </summary>
internal static class PidginLetterGrammar
{
    private static Parser<Line, Line> Heading { get; } =
        OfKind(LineKind.Heading, "a section heading").Before(OfKind(LineKind.HeadingContinuation, "the rest of the heading").SkipMany());

    private static Parser<Line, Line> BodyLine { get; } =
        Where(line => line.Kind is not (LineKind.Heading or LineKind.HeadingContinuation), "a line of text");

    private static Parser<Line, LineRange> Body { get; } = Captured(BodyLine.SkipMany());

    private static Parser<Line, SectionSyntax> Section { get; } =
        Parser.Map(
            (start, heading, end, body) => new SectionSyntax(heading.Rule, new LineRange(start, end), body),
            CurrentLine,
            Heading,
            CurrentLine,
            Body);

    /// <summary>The whole letter.</summary>
    public static Parser<Line, LetterSyntax> Letter { get; } =
        Parser.Map((preamble, sections) => new LetterSyntax(preamble, [.. sections]), Body, Section.Many())
            .Before(Parser<Line>.End.Labelled("a section heading or the end of the letter"));
}
