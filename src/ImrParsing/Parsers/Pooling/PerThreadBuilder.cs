using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ImrParsing.Parsers.Pooling;

/// <summary>
/// An empty <see cref="ImmutableArray{T}.Builder"/> the thread kept (<see cref="PerThread{T}"/>),
/// or a new one; <see cref="Give"/> empties it and keeps it, as <see cref="PerThreadList{T}"/> does for lists.
/// </summary>
internal static class PerThreadBuilder<T>
{
    /// <summary>An empty builder, this thread's own until given back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ImmutableArray<T>.Builder Take() => PerThread<ImmutableArray<T>.Builder>.Take() ?? ImmutableArray.CreateBuilder<T>();

    /// <summary>Empties <paramref name="builder"/> and keeps it for the thread's next <see cref="Take"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Give(ImmutableArray<T>.Builder builder)
    {
        builder.Clear();
        PerThread<ImmutableArray<T>.Builder>.Give(builder);
    }
}
