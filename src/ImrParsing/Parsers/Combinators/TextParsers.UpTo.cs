using Pidgin;

namespace ImrParsing.Parsers.Combinators;

public static partial class TextParsers
{
    /// <summary>
    /// Consumes text up to the first place where <paramref name="stop"/> matches (what it matches is
    /// left for the next parser) and returns the range consumed. Fails, consuming nothing, when
    /// <paramref name="stop"/> matches nowhere before the end, before one of <paramref name="barriers"/>
    /// (characters the text consumed may not hold: "." keeps a rule inside one sentence) or within
    /// <paramref name="maxLength"/> characters (a title is short: the bound keeps a search from
    /// crossing a whole letter at every place it is tried).
    /// </summary>
    public static Parser<char, OffsetRange> UpTo<T>(Parser<char, T> stop, string barriers = "", int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(stop);
        ArgumentNullException.ThrowIfNull(barriers);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return new UpToParser<T>(stop, barriers, maxLength);
    }

    private sealed class UpToParser<T>(Parser<char, T> stop, string barriers, int maxLength) : Parser<char, OffsetRange>
    {
        // Where the stop can tell its first characters, it is run only where one of them is.
        private readonly IFirstChars? _first = FirstCharsOf(stop);

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out OffsetRange result)
        {
            int start = (int)state.Location;
            int available = Math.Min(state.LookAhead(int.MaxValue).Length, maxLength);
            long bookmark = state.Bookmark();
            for (int skipped = 0; skipped <= available; skipped++)
            {
                if (MayStartHere(_first, ref state) && Probe(stop, ref state, out _, out _))
                {
                    state.DiscardBookmark(bookmark);
                    result = new OffsetRange(start, start + skipped);
                    return true;
                }

                if (skipped == available || barriers.Contains(state.Current, StringComparison.Ordinal))
                {
                    break;
                }

                state.Advance(1);
            }

            state.Rewind(bookmark);
            result = default;
            expecteds.Add(new Expected<char>("text followed by the rule's stop"));
            state.SetError(Maybe.Nothing<char>(), true, state.Location, null);
            return false;
        }
    }
}
