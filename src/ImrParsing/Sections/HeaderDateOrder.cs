using ImrParsing.Parsers;

namespace ImrParsing.Sections;

/// <summary>
/// Pairs the header's date labels with date values by what the dates of a case must satisfy when
/// position alone leaves a value without a label (pdfminer writes a column's values before, between
/// and after its labels): the injury comes before the UR denial, the denial no later than the
/// application, the application no later than the assignment, and the assignment before the decision.
/// A value written right after its own label stays there. Of the pairings that satisfy the order,
/// those that fill the most labels and agree most with the pairing by position win; a label on
/// whose date they disagree gets no value.
/// </summary>
internal static class HeaderDateOrder
{
    // Beyond this many labels or values the table is no letter's; position alone decides.
    private const int MaxLabels = 5;
    private const int MaxValues = 8;

    /// <summary>
    /// A date label and the value position gave it, if any; <paramref name="Fixed"/> when that value
    /// came right after the label ("Date Assigned: 11/09/2016"), which no date order overrules.
    /// </summary>
    public readonly record struct Slot(HeaderToken Label, int Positional, bool Fixed);

    /// <summary>A date value of the table.</summary>
    public readonly record struct Candidate(HeaderToken Value, DateOnly Date);

    /// <summary>
    /// For each slot, the index of its candidate, -1 for none, or -2 where the pairings that satisfy
    /// the order disagree; null when no pairing satisfies it (or the table is too large to try).
    /// </summary>
    public static int[]? Resolve(IReadOnlyList<Slot> slots, IReadOnlyList<Candidate> candidates)
    {
        if (slots.Count == 0 || slots.Count > MaxLabels || candidates.Count > MaxValues)
        {
            return null;
        }

        var search = new Search(slots, candidates);
        search.Run(0, 0, 0);
        return search.Result();
    }

    /// <summary>The label's place in the order of a case's dates, or -1 for a date outside it.</summary>
    public static int Rank(HeaderField field) => field switch
    {
        HeaderField.DateOfInjury => 0,
        HeaderField.UrDenialDate => 1,
        HeaderField.ApplicationReceived => 2,
        HeaderField.DateAssigned => 3,
        HeaderField.DecisionDate => 4,
        _ => -1,
    };

    // Between the injury and the denial, and between the assignment and the decision, a day passes.
    private static bool Ordered(int earlierRank, DateOnly earlier, int laterRank, DateOnly later)
    {
        bool strict = earlierRank == 0 || laterRank == 4;
        return strict ? earlier < later : earlier <= later;
    }

    private sealed class Search(IReadOnlyList<Slot> slots, IReadOnlyList<Candidate> candidates)
    {
        private readonly int[] _current = [.. Enumerable.Repeat(-1, slots.Count)];
        private readonly List<int[]> _best = [];
        private (int Filled, int Agreeing) _bestScore = (-1, -1);

        public void Run(int slot, int filled, int agreeing)
        {
            if (slot == slots.Count)
            {
                Offer(filled, agreeing);
                return;
            }

            if (slots[slot].Fixed)
            {
                if (Fits(slot, slots[slot].Positional))
                {
                    _current[slot] = slots[slot].Positional;
                    Run(slot + 1, filled + 1, agreeing + 1);
                    _current[slot] = -1;
                }

                return;
            }

            for (int c = 0; c < candidates.Count; c++)
            {
                if (!IsFixedValue(c) && Array.IndexOf(_current, c, 0, slot) < 0 && Fits(slot, c))
                {
                    _current[slot] = c;
                    bool agrees = slots[slot].Positional >= 0 && candidates[slots[slot].Positional].Date == candidates[c].Date;
                    Run(slot + 1, filled + 1, agreeing + (agrees ? 1 : 0));
                }
            }

            _current[slot] = -1;
            Run(slot + 1, filled, agreeing);
        }

        public int[]? Result()
        {
            if (_best.Count == 0 || _bestScore.Filled == 0)
            {
                return null;
            }

            var result = (int[])_best[0].Clone();
            for (int s = 0; s < result.Length; s++)
            {
                DateOnly? date = result[s] >= 0 ? candidates[result[s]].Date : null;
                if (_best.Any(other => (other[s] >= 0 ? candidates[other[s]].Date : (DateOnly?)null) != date))
                {
                    result[s] = -2;
                }
            }

            return result;
        }

        private bool IsFixedValue(int candidate)
        {
            foreach (var slot in slots)
            {
                if (slot.Fixed && slot.Positional == candidate)
                {
                    return true;
                }
            }

            return false;
        }

        private bool Fits(int slot, int candidate)
        {
            int rank = Rank(slots[slot].Label.Label!.Field);
            var date = candidates[candidate].Date;
            for (int other = 0; other < slot; other++)
            {
                if (_current[other] < 0)
                {
                    continue;
                }

                int otherRank = Rank(slots[other].Label.Label!.Field);
                var otherDate = candidates[_current[other]].Date;
                bool ordered = otherRank < rank ? Ordered(otherRank, otherDate, rank, date) : Ordered(rank, date, otherRank, otherDate);
                if (otherRank == rank || !ordered)
                {
                    return false;
                }
            }

            return true;
        }

        private void Offer(int filled, int agreeing)
        {
            var score = (filled, agreeing);
            if (score.CompareTo(_bestScore) > 0)
            {
                _bestScore = score;
                _best.Clear();
            }

            if (score == _bestScore)
            {
                _best.Add((int[])_current.Clone());
            }
        }
    }
}
