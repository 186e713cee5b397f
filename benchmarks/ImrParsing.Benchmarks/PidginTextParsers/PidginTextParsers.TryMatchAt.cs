using Pidgin;
using ImrParsing.Parsers.Pooling;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// Runs <paramref name="parser"/> at <paramref name="offset"/> of <paramref name="input"/>: true
    /// with its value and where it stopped when it matches. The offsets the parser reads are those
    /// of the whole input, so a hand-written reader can hand one rule of a grammar a place it found.
    /// </summary>
    internal static bool TryMatchAt<T>(this Parser<char, T> parser, ReadOnlySpan<char> input, int offset, out T value, out int end)
    {
        var (matched, found, stop) = ParserExtensions.Parse(new AtOffsetParser<T>(parser, offset), input, ScratchConfiguration.Chars).Value;
        value = found!;
        end = stop;
        return matched;
    }

    private sealed class AtOffsetParser<T>(Parser<char, T> parser, int offset) : Parser<char, (bool Matched, T? Value, int End)>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out (bool Matched, T? Value, int End) result)
        {
            state.Advance(offset);
            result = Probe(parser, ref state, out int length, out var value) ? (true, value, offset + length) : (false, default, offset);
            return true;
        }
    }
}
