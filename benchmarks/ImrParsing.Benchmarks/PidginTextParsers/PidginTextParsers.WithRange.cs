using Pidgin;
using ImrParsing.Text;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>Runs <paramref name="parser"/> and returns its result with the range it consumed.</summary>
    internal static Parser<char, (T Value, OffsetRange Range)> WithRange<T>(Parser<char, T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return Parser.Map((start, value, end) => (value, new OffsetRange(start, end)), TextParsers.Offset, parser, Offset);
    }
}
