using Pidgin;

using ImrParsing.Text;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>Runs <paramref name="parser"/> and returns the range it consumed in place of its result.</summary>
    public static Parser<char, OffsetRange> Captured<T>(Parser<char, T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return Parser.Map((start, _, end) => new OffsetRange(start, end), Offset, parser, Offset);
    }
}
