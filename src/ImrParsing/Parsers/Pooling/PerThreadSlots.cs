namespace ImrParsing.Parsers.Pooling;

/// <summary>
/// Where <see cref="PerThread{T}"/> keeps each kind's objects on a thread: one thread static of a
/// plain class, which the runtime reads directly, where a generic class's thread static is found
/// through a runtime helper at every use.
/// </summary>
internal static class PerThreadSlots
{
    private static int s_kinds;

    [ThreadStatic]
    private static Slot[]? t_slots;

    /// <summary>A slot index for a new kind.</summary>
    public static int NewKind() => Interlocked.Increment(ref s_kinds) - 1;

    /// <summary>This thread's slot of <paramref name="kind"/>.</summary>
    public static ref object? Of(int kind)
    {
        var slots = t_slots;
        if (slots is null || (uint)kind >= (uint)slots.Length)
        {
            slots = Grow(kind);
        }

        return ref slots[kind].Value;
    }

    private static Slot[] Grow(int kind)
    {
        var slots = new Slot[Math.Max(16, (kind + 1) * 2)];
        t_slots?.CopyTo(slots, 0);
        return t_slots = slots;
    }

    // A value in a struct: a reference to it is taken with no check of an array's element type.
    private struct Slot
    {
        public object? Value;
    }
}
