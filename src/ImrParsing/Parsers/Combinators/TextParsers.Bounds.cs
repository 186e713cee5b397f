using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// Runs <paramref name="parser"/> and returns the offsets it started and stopped at: the
    /// offsets of the whole text the rule runs on, wherever in it the rule starts.
    /// </summary>
    internal static Parser<char, (int Start, int End)> Bounds<T>(Parser<char, T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return Parser.Map((start, _, end) => (start, end), Offset, parser, Offset);
    }

    /// <summary>Runs <paramref name="parser"/> and returns its result with the offsets it started and stopped at (<see cref="Bounds"/>).</summary>
    internal static Parser<char, (T Value, int Start, int End)> WithBounds<T>(Parser<char, T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return Parser.Map((start, value, end) => (value, start, end), Offset, parser, Offset);
    }
}
