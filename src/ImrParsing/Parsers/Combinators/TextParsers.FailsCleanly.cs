using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    // A parser that consumes nothing when it fails (a phrase, a character class, a guard, a choice
    // made by probing): FirstMatch runs it in place, without the bookmark and rewind of a probe.
    internal interface IFailsCleanly
    {
        bool FailsCleanly => true;
    }

    internal static bool FailsCleanlyOf<T>(Parser<char, T> parser) => parser is IFailsCleanly { FailsCleanly: true };
}
