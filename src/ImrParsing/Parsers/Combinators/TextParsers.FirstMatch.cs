using System.Collections.Immutable;
using System.Buffers;
using Pidgin;

namespace ImrParsing.Parsers.Combinators;

internal static partial class TextParsers
{
    /// <summary>
    /// The result of the first of <paramref name="rules"/>, in order, that matches here. Unlike
    /// <see cref="Parser.OneOf{TToken, T}(Parser{TToken, T}[])"/>, a rule that fails after reading
    /// some text does not stop the next one from being tried: each is tried from the same place,
    /// so that an ordered list of forms (citation forms, conclusion statements) can be extended
    /// without rewriting its rules to fail early. Fails, consuming nothing, when none matches.
    /// </summary>
    internal static Parser<char, T> FirstMatch<T>(IEnumerable<Parser<char, T>> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToImmutableArray();
        if (list.IsEmpty || list.Any(rule => rule is null))
        {
            throw new ArgumentException("FirstMatch needs at least one rule, and no null.", nameof(rules));
        }

        return new FirstMatchParser<T>(list);
    }

    private sealed class FirstMatchParser<T>(ImmutableArray<Parser<char, T>> rules) : Parser<char, T>, IFirstChars, IFailsCleanly
    {
        // Each rule's first characters, where it can tell: a rule that cannot start here is not run.
        private readonly IFirstChars?[] _firsts = [.. rules.Select(FirstCharsOf)];

        // Which rules consume nothing when they fail: those run in place, without a probe.
        private readonly bool[] _clean = [.. rules.Select(FailsCleanlyOf)];

        public string? FirstChars { get; } = FirstCharsOfAll(rules);

        public SearchValues<char> FirstCharSet => field ??= SearchValues.Create(FirstChars ?? "");

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out T result)
        {
            for (int i = 0; i < rules.Length; i++)
            {
                if (!MayStartHere(_firsts[i], ref state))
                {
                    continue;
                }

                if (_clean[i])
                {
                    if (RunInPlace(rules[i], ref state, out var found))
                    {
                        result = found;
                        return true;
                    }
                }
                else if (Probe(rules[i], ref state, out int length, out var match))
                {
                    state.Advance(length);
                    result = match!;
                    return true;
                }
            }

            result = default!;
            Fail(ref state, ref expecteds, new Expected<char>("one of the listed forms"));
            return false;
        }
    }
}
