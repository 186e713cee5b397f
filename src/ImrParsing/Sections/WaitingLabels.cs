using ImrParsing.Parsers;

namespace ImrParsing.Sections;

/// <summary>
/// The header labels still waiting for a value, in reading order, with a queue per kind of value
/// so that pairing a value costs one test per kind, not one per waiting label: trying every value
/// against every label made a table of thousands of labels and words (not a letter, but an input
/// all the same) take time quadratic in its length.
/// </summary>
internal sealed class WaitingLabels
{
    private readonly List<HeaderToken?> _labels = [];
    private readonly Queue<int>[] _byKind = [.. Enum.GetValues<HeaderValueKind>().Select(_ => new Queue<int>())];

    /// <summary>The labels still waiting, in reading order.</summary>
    public IEnumerable<HeaderToken> Remaining => _labels.Where(label => label is not null).Select(label => label!.Value);

    public void Add(HeaderToken label)
    {
        _byKind[(int)label.Label!.Expects].Enqueue(_labels.Count);
        _labels.Add(label);
    }

    /// <summary>Removes and returns the earliest waiting label that takes <paramref name="value"/>; null when none does.</summary>
    public HeaderToken? TakeFirstFor(ReadOnlySpan<char> value)
    {
        int best = -1;
        for (int kind = 0; kind < _byKind.Length; kind++)
        {
            var queue = _byKind[kind];
            while (queue.Count > 0 && _labels[queue.Peek()] is null)
            {
                queue.Dequeue();
            }

            if (queue.Count > 0 && (best < 0 || queue.Peek() < best) && HeaderGrammar.IsValueOfKind(value, (HeaderValueKind)kind))
            {
                best = queue.Peek();
            }
        }

        return best < 0 ? null : Take(best);
    }

    /// <summary>Removes <paramref name="label"/> if it is the last label read and still waits; false otherwise.</summary>
    public bool RemoveLast(HeaderToken label)
    {
        if (_labels.Count == 0 || _labels[^1] != label)
        {
            return false;
        }

        Take(_labels.Count - 1);
        return true;
    }

    // Leaves a hole, skipped when its kind's queue reaches it: every label is queued and dequeued once.
    private HeaderToken Take(int index)
    {
        var label = _labels[index]!.Value;
        _labels[index] = null;
        return label;
    }
}
