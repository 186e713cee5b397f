using System.Runtime.CompilerServices;

namespace ImrParsing.Parsers.Pooling;

/// <summary>
/// An empty list the thread kept (<see cref="PerThread{T}"/>) for a reader's working values, or a
/// new one; <see cref="Give"/> empties it and keeps it, so that no caller can give one back full.
/// </summary>
/// <remarks>Inlined, so that the thread's lists are found through their exact type, also from shared generic code.</remarks>
internal static class PerThreadList<T>
{
    /// <summary>An empty list, this thread's own until given back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static List<T> Take() => PerThread<List<T>>.Take() ?? [];

    /// <summary>Empties <paramref name="list"/> and keeps it for the thread's next <see cref="Take"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Give(List<T> list)
    {
        list.Clear();
        PerThread<List<T>>.Give(list);
    }
}
