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

    // What probes' parsers expected is never read, so probes take their lists from a small stack of
    // arrays per thread (probes nest: a rule probed inside a probed rule) instead of renting one
    // from the shared pool for every try.
    [ThreadStatic]
    private static Expected<char>[]?[]? _scratch;

    [ThreadStatic]
    private static int _scratchCount;

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

    // Hands out the thread's arrays for probes' expectations, which are thrown away: renting from
    // the shared pool for every failed try is most of a probe's cost when a rule scans a text.
    private sealed class ScratchPool : ArrayPool<Expected<char>>
    {
        public static readonly ScratchPool Instance = new();

        private const int MaxArrays = 32;

        public override Expected<char>[] Rent(int minimumLength)
        {
            var arrays = _scratch;
            if (arrays is not null && _scratchCount > 0 && arrays[_scratchCount - 1]!.Length >= minimumLength)
            {
                var array = arrays[--_scratchCount]!;
                arrays[_scratchCount] = null;
                return array;
            }

            return new Expected<char>[Math.Max(16, minimumLength)];
        }

        // Not cleared: an array kept here holds only expectation records (a label the parser keeps
        // anyway, or a token or two), never the text.
        public override void Return(Expected<char>[] array, bool clearArray = false)
        {
            var arrays = _scratch ??= new Expected<char>[MaxArrays][];
            if (_scratchCount < MaxArrays)
            {
                arrays[_scratchCount++] = array;
            }
        }
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
