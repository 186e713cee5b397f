using System.Buffers;
using Pidgin;
using ImrParsing.Text;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// Consumes text up to the first place where <paramref name="stop"/> matches (what it matches is
    /// left for the next parser) and returns the range consumed. Fails, consuming nothing, when
    /// <paramref name="stop"/> matches nowhere before the end, before one of <paramref name="barriers"/>
    /// (characters the text consumed may not hold: "." keeps a rule inside one sentence) or within
    /// <paramref name="maxLength"/> characters (a title is short: the bound keeps a search from
    /// crossing a whole letter at every place it is tried).
    /// </summary>
    internal static Parser<char, OffsetRange> UpTo<T>(Parser<char, T> stop, string barriers = "", int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(stop);
        ArgumentNullException.ThrowIfNull(barriers);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return new UpToParser<T>(stop, barriers, maxLength);
    }

    private sealed class UpToParser<T>(Parser<char, T> stop, string barriers, int maxLength) : Parser<char, OffsetRange>
    {
        // Where the stop can tell its first characters, it is run only where one of them is, and
        // the text between is skipped in one vectorized search for those characters or a barrier.
        private readonly IFirstChars? _first = FirstCharsOf(stop);

        private readonly SearchValues<char> _barriers = SearchValues.Create(barriers);

        private readonly SearchValues<char>? _candidates = FirstCharsOf(stop) is { } first ? SearchValues.Create(first.FirstChars + barriers) : null;

        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out OffsetRange result)
        {
            int start = (int)state.Location;
            var text = state.LookAhead(int.MaxValue);
            int available = Math.Min(text.Length, maxLength);
            long bookmark = state.Bookmark();
            int skipped = 0;
            while (true)
            {
                if (_candidates is not null)
                {
                    int found = text[skipped..available].IndexOfAny(_candidates);
                    int next = found < 0 ? available : skipped + found;
                    state.Advance(next - skipped);
                    skipped = next;
                }

                if (MayStartHere(_first, ref state) && Probe(stop, ref state, out _, out _))
                {
                    state.DiscardBookmark(bookmark);
                    result = new OffsetRange(start, start + skipped);
                    return true;
                }

                if (skipped == available || _barriers.Contains(text[skipped]))
                {
                    break;
                }

                state.Advance(1);
                skipped++;
            }

            state.Rewind(bookmark);
            result = default;
            expecteds.Add(new Expected<char>("text followed by the rule's stop"));
            state.SetError(Maybe.Nothing<char>(), true, state.Location, null);
            return false;
        }
    }
}
