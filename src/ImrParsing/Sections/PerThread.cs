namespace ImrParsing.Sections;

/// <summary>
/// One <typeparamref name="T"/> kept per thread for the next parse on it: taken while in use, so a
/// parse inside a parse gets one of its own, and given back emptied by its owner.
/// </summary>
internal static class PerThread<T>
    where T : class, new()
{
    [ThreadStatic]
    private static T? t_cached;

    public static T Take()
    {
        var value = t_cached ?? new T();
        t_cached = null;
        return value;
    }

    public static void Give(T value) => t_cached = value;
}
