using ImrParsing.Parsers;

namespace ImrParsing.Sections;

/// <summary>
/// The header labels still waiting for a value, by their index among the table's tokens, in reading
/// order, with a queue per kind of value so that pairing a value costs one test per kind, not one per
/// waiting label: trying every value against every label made a table of thousands of labels and
/// words (not a letter, but an input all the same) take time quadratic in its length.
/// </summary>
internal sealed class WaitingLabels(int capacity)
{
    private static readonly int KindCount = Enum.GetValues<HeaderValueKind>().Max(kind => (int)kind) + 1;

    // The labels' token indexes, -1 where a label no longer waits.
    private readonly List<int> _labels = new(capacity);

    // A queue for each kind a label expects, made when the first such label comes (kept when cleared).
    private readonly Queue<int>?[] _byKind = new Queue<int>?[KindCount];

    /// <summary>The number of labels read, waiting or not: the bound of <see cref="WaitingAt"/>.</summary>
    public int Count => _labels.Count;

    /// <summary>The token index of the <paramref name="index"/>th label read if it still waits, else -1.</summary>
    public int WaitingAt(int index) => _labels[index];

    /// <summary>Forgets every label, keeping the storage for the next table.</summary>
    public void Clear()
    {
        _labels.Clear();
        foreach (var queue in _byKind)
        {
            queue?.Clear();
        }
    }

    /// <summary>Adds the label at token index <paramref name="token"/>, which expects <paramref name="expects"/>.</summary>
    public void Add(int token, HeaderValueKind expects)
    {
        (_byKind[(int)expects] ??= new Queue<int>()).Enqueue(_labels.Count);
        _labels.Add(token);
    }

    /// <summary>
    /// Removes and returns the token index of the earliest waiting label that takes a value of the
    /// <paramref name="kinds"/> (<see cref="HeaderGrammar.KindsOf"/>); -1 when none does.
    /// </summary>
    public int TakeFirstFor(int kinds)
    {
        int best = -1;
        for (int kind = 0; kind < _byKind.Length; kind++)
        {
            if (_byKind[kind] is not { } queue)
            {
                continue;
            }

            while (queue.Count > 0 && _labels[queue.Peek()] < 0)
            {
                queue.Dequeue();
            }

            if (queue.Count > 0 && (best < 0 || queue.Peek() < best) && (kinds & (1 << kind)) != 0)
            {
                best = queue.Peek();
            }
        }

        return best < 0 ? -1 : Take(best);
    }

    /// <summary>Removes the label at token index <paramref name="token"/> if it is the last label read and still waits; false otherwise.</summary>
    public bool RemoveLast(int token)
    {
        if (_labels.Count == 0 || _labels[^1] != token)
        {
            return false;
        }

        Take(_labels.Count - 1);
        return true;
    }

    // Leaves a hole, skipped when its kind's queue reaches it: every label is queued and dequeued once.
    private int Take(int index)
    {
        int token = _labels[index];
        _labels[index] = -1;
        return token;
    }
}
