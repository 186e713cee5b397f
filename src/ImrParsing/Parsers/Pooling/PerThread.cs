using System.Runtime.CompilerServices;

namespace ImrParsing.Parsers.Pooling;

/// <summary>
/// A few <typeparamref name="T"/>s (lists, builders, a parse's scratch) kept per thread for the next
/// use on it: one is taken while in use, so that a use inside a use (a parse inside a parse, a list
/// of one kind read while another is filled) gets one of its own, and is given back emptied by its owner.
/// </summary>
internal static class PerThread<T>
    where T : class
{
    // Uses of one kind nest a few deep at most: more given back at once are left to the collector.
    private const int Depth = 4;

    // This kind's place among the thread's slots (PerThreadSlots), which hold a Kept or nothing.
    private static readonly int Kind = PerThreadSlots.NewKind();

    /// <summary>One kept by this thread, no longer kept; null when none is: the caller makes one.</summary>
    public static T? Take()
    {
        var kept = Unsafe.As<Kept?>(PerThreadSlots.Of(Kind));
        if (kept is null || kept.Count == 0)
        {
            return null;
        }

        ref var slot = ref kept.Slots[--kept.Count];
        var value = slot.Value;
        slot.Value = null;
        return value;
    }

    /// <summary>Keeps <paramref name="value"/>, emptied, for this thread's next <see cref="Take"/>.</summary>
    public static void Give(T value)
    {
        ref object? slot = ref PerThreadSlots.Of(Kind);
        var kept = Unsafe.As<Kept?>(slot);
        if (kept is null)
        {
            slot = kept = new Kept();
        }

        if (kept.Count < Depth)
        {
            kept.Slots[kept.Count++].Value = value;
        }
    }

    private sealed class Kept
    {
        public readonly Slot[] Slots = new Slot[Depth];
        public int Count;
    }

    // A value in a struct: keeping one is a plain write, with no check of an array's element type.
    private struct Slot
    {
        public T? Value;
    }
}
