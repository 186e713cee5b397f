using Pidgin;
using ImrParsing.Tokenizing;

namespace ImrParsing.Parsers;

/// <summary>Building blocks for grammars over <see cref="Line"/> tokens.</summary>
internal static class LineParsers
{
    /// <summary>The index of the next line token.</summary>
    public static Parser<Line, int> CurrentLine { get; } = Parser<Line>.CurrentOffset;

    /// <summary>A line of the given kind.</summary>
    public static Parser<Line, Line> OfKind(LineKind kind, string description) =>
        Parser<Line>.Token(line => line.Kind == kind).Labelled(description);

    /// <summary>A line that satisfies <paramref name="predicate"/>.</summary>
    public static Parser<Line, Line> Where(Func<Line, bool> predicate, string description) =>
        Parser<Line>.Token(predicate).Labelled(description);

    /// <summary>Skips the lines of the given kinds (any number, none included).</summary>
    public static Parser<Line, Unit> SkipLinesOf(params ReadOnlySpan<LineKind> kinds) => new SkipLinesParser(kinds.ToArray());

    /// <summary>Runs <paramref name="parser"/> and returns the lines it consumed.</summary>
    public static Parser<Line, LineRange> Captured<T>(Parser<Line, T> parser) =>
        Parser.Map((start, _, end) => new LineRange(start, end), CurrentLine, parser, CurrentLine);
}
