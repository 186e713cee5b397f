using System.Collections.Immutable;
using Pidgin;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// One <paramref name="item"/> or more with <paramref name="separator"/> between them ("Low Back
    /// Complaints 2004, and Chronic Pain Medical Treatment 2009"). A separator not followed by an
    /// item is left unconsumed, so the chain ends where its items end. Fails, consuming nothing,
    /// when the first item does not match.
    /// </summary>
    internal static Parser<char, ImmutableArray<T>> Chain<T, TSeparator>(Parser<char, T> item, Parser<char, TSeparator> separator)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(separator);
        return new ChainParser<T, TSeparator>(item, separator);
    }

    private sealed class ChainParser<T, TSeparator>(Parser<char, T> item, Parser<char, TSeparator> separator) : Parser<char, ImmutableArray<T>>
    {
        private readonly Parser<char, T> _next = separator.Then(item);

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out ImmutableArray<T> result)
        {
            if (!Probe(item, ref state, out int length, out var first))
            {
                result = default;
                Fail(ref state, ref expecteds, new Expected<char>("the first item of a list"));
                return false;
            }

            // Each probe's result is taken as it is, so that no item is parsed twice.
            state.Advance(length);
            var items = ImmutableArray.CreateBuilder<T>();
            items.Add(first!);
            while (Probe(_next, ref state, out length, out var next) && length > 0)
            {
                state.Advance(length);
                items.Add(next!);
            }

            result = items.ToImmutable();
            return true;
        }
    }
}
