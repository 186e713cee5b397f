using System.Runtime.CompilerServices;
using Pidgin;
using ImrParsing.Parsers.Pooling;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    // The attempt made of each parser, made once: rules tried at every word reuse theirs.
    private static readonly ConditionalWeakTable<object, object> Attempts = [];

    /// <summary>
    /// Runs <paramref name="parser"/> at the start of <paramref name="input"/>: true with its value
    /// when it matches. Unlike Pidgin's <c>Parse</c>, a failure costs no error report (the message,
    /// the expected values, their list): readers try rules at every word of a text and most tries
    /// fail, so that report was most of what they allocated.
    /// </summary>
    internal static bool TryMatch<T>(this Parser<char, T> parser, ReadOnlySpan<char> input, out T value)
    {
        var attempt = (Parser<char, (bool Matched, T? Value)>)Attempts.GetValue(parser, static rule => new AttemptParser<T>((Parser<char, T>)rule));
        var (matched, found) = ParserExtensions.Parse(attempt, input, ScratchConfiguration.Chars).Value;
        value = found!;
        return matched;
    }

    // Succeeds wherever it is: with the rule's value where the rule matches, with none (and nothing
    // consumed) where it does not.
    private sealed class AttemptParser<T>(Parser<char, T> parser) : Parser<char, (bool Matched, T? Value)>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out (bool Matched, T? Value) result)
        {
            if (Probe(parser, ref state, out int length, out var value))
            {
                state.Advance(length);
                result = (true, value);
            }
            else
            {
                result = (false, default);
            }

            return true;
        }
    }
}
