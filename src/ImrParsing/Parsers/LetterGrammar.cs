using Pidgin;
using ImrParsing.Tokenizing;
using static ImrParsing.Parsers.LineParsers;

namespace ImrParsing.Parsers;

/// <summary>
/// The top of the grammar: a letter is a preamble (the header table, when present) followed by
/// sections, each a heading and the lines up to the next heading. Every line token is consumed, so
/// the rule never fails on a token list; what a section's lines mean is up to its section parser.
/// </summary>
internal static class LetterGrammar
{
    /// <summary>A section heading, with its other lines when an extractor wrapped it.</summary>
    public static Parser<Line, Line> Heading { get; } =
        OfKind(LineKind.Heading, "a section heading").Before(SkipLinesOf(LineKind.HeadingContinuation));

    /// <summary>The lines up to the next heading: lines of every kind but a heading's.</summary>
    public static Parser<Line, LineRange> Body { get; } =
        Captured(SkipLinesOf([.. Enum.GetValues<LineKind>().Where(kind => kind is not (LineKind.Heading or LineKind.HeadingContinuation))]));

    /// <summary>A heading and its body.</summary>
    public static Parser<Line, SectionSyntax> Section { get; } =
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
