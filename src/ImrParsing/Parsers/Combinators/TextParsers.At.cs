using System.Buffers;
using Pidgin;

namespace ImrParsing.Parsers.Combinators;

public static partial class TextParsers
{
    /// <summary>
    /// Succeeds where <paramref name="parser"/> would match, and fails where it would not, consuming
    /// nothing either way: a guard that lets a rule commit only once it knows it will match.
    /// </summary>
    public static Parser<char, Unit> At<T>(Parser<char, T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return new AtParser<T>(parser);
    }

    // What probes' parsers expected: never read, so one list per thread serves every probe, nested
    // ones included (it is only ever added to and cleared), instead of a rented one per probe.
    [ThreadStatic]
    private static Expected<char>[]? _unused;

    // Runs the parser from the current place and returns there; true when it matched, with the
    // number of characters it would consume.
    private static bool Probe<T>(Parser<char, T> parser, ref ParseState<char> state, out int length, out T? result)
    {
        long start = state.Location;
        long bookmark = state.Bookmark();
        var scratch = new PooledList<Expected<char>>(ScratchPool.Instance);
        try
        {
            bool matched = parser.TryParse(ref state, ref scratch, out result);
            length = matched ? (int)(state.Location - start) : 0;
            return matched;
        }
        finally
        {
            state.Rewind(bookmark);
            scratch.Dispose();
        }
    }

    // Hands out one array per thread for probes' expectations, which are thrown away: renting from
    // the shared pool for every failed try is most of a probe's cost when a rule scans a text.
    private sealed class ScratchPool : ArrayPool<Expected<char>>
    {
        public static readonly ScratchPool Instance = new();

        public override Expected<char>[] Rent(int minimumLength)
        {
            var array = _unused;
            if (array is null || array.Length < minimumLength)
            {
                array = new Expected<char>[Math.Max(64, minimumLength)];
            }

            _unused = null;
            return array;
        }

        public override void Return(Expected<char>[] array, bool clearArray = false) => _unused = array;
    }

    private sealed class AtParser<T>(Parser<char, T> parser) : Parser<char, Unit>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out Unit result)
        {
            result = Unit.Value;
            if (Probe(parser, ref state, out _, out _))
            {
                return true;
            }

            expecteds.Add(new Expected<char>("a match of the guarded rule"));
            state.SetError(state.HasCurrent ? Maybe.Just(state.Current) : Maybe.Nothing<char>(), !state.HasCurrent, state.Location, null);
            return false;
        }
    }
}
