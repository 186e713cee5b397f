using Pidgin;
using ImrParsing.Text;

using static ImrParsing.Parsers.Combinators.TextParsers;

namespace ImrParsing.Parsers.Combinators;

internal static partial class PidginTextParsers
{
    /// <summary>
    /// Consumes text up to the first place where one of <paramref name="phrases"/> matches (the
    /// phrase itself is left for the next parser) and returns the range consumed. Fails, consuming
    /// nothing, when none of the phrases occurs.
    /// </summary>
    internal static Parser<char, OffsetRange> Until(params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Length == 0 || phrases.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Until needs at least one non-empty phrase.", nameof(phrases));
        }

        return new UntilParser(phrases);
    }

    private sealed class UntilParser(string[] phrases) : Parser<char, OffsetRange>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out OffsetRange result)
        {
            int best = TextParsers.UntilLength(state.LookAhead(int.MaxValue), phrases);
            int start = (int)state.Location;
            if (best < 0)
            {
                result = default;
                foreach (string phrase in phrases)
                {
                    expecteds.Add(new Expected<char>($"text followed by \"{phrase}\""));
                }

                state.SetError(Maybe.Nothing<char>(), true, state.Location, null);
                return false;
            }

            state.Advance(best);
            result = new OffsetRange(start, start + best);
            return true;
        }
    }
}
