using ImrParsing.Parsers;

namespace ImrParsing.Benchmarks;

/// <summary>
/// <see cref="DictionaryHeaderTableParser"/>'s waiting labels (shared as source with the tests):
/// the header labels still waiting for a value, in reading order, with a queue per kind of value
/// so that pairing a value costs one test per kind, not one per waiting label: trying every value
/// against every label made a table of thousands of labels and words (not a letter, but an input
/// all the same) take time quadratic in its length.
/// </summary>
internal sealed class BaselineWaitingLabels(int capacity)
{
    private static readonly int KindCount = Enum.GetValues<HeaderValueKind>().Max(kind => (int)kind) + 1;

    private readonly List<HeaderToken?> _labels = new(capacity);

    // A queue for each kind a label expects, made when the first such label comes (kept when cleared).
    private readonly Queue<int>?[] _byKind = new Queue<int>?[KindCount];

    /// <summary>The number of labels read, waiting or not: the bound of <see cref="WaitingAt"/>.</summary>
    public int Count => _labels.Count;

    /// <summary>The <paramref name="index"/>th label read if it still waits, else null.</summary>
    public HeaderToken? WaitingAt(int index) => _labels[index];

    /// <summary>Forgets every label, keeping the storage for the next table.</summary>
    public void Clear()
    {
        _labels.Clear();
        foreach (var queue in _byKind)
        {
            queue?.Clear();
        }
    }

    public void Add(HeaderToken label)
    {
        (_byKind[(int)label.Label!.Expects] ??= new Queue<int>()).Enqueue(_labels.Count);
        _labels.Add(label);
    }

    /// <summary>Removes and returns the earliest waiting label that takes <paramref name="value"/>; null when none does.</summary>
    public HeaderToken? TakeFirstFor(ReadOnlySpan<char> value)
    {
        int best = -1;
        for (int kind = 0; kind < _byKind.Length; kind++)
        {
            if (_byKind[kind] is not { } queue)
            {
                continue;
            }

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
