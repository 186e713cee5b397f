using BenchmarkDotNet.Attributes;
using ImrParsing.Parsers.Pooling;

namespace ImrParsing.Benchmarks;

/// <summary>
/// A list taken from the thread's spares and given back, as the readers do per text: the generic
/// <see cref="PerThread{T}"/> (thread statics of a generic class over a reference type, whose code is
/// shared) against the hand-rolled spares it replaced (issue 12, branch pool10): a [ThreadStatic]
/// field of a plain class, and the token lists' four spares found by <see cref="Array.IndexOf{T}(T[], T)"/>.
/// Once alone and twice nested (a use inside a use).
/// </summary>
[MemoryDiagnoser]
public class PerThreadBenchmarks
{
    private const int Uses = 1000;

    [Benchmark(Baseline = true, Description = "[ThreadStatic] field")]
    public int Field()
    {
        int count = 0;
        for (int i = 0; i < Uses; i++)
        {
            var list = FieldSpare.Take() ?? [];
            count += list.Count;
            FieldSpare.Give(list);
        }

        return count;
    }

    [Benchmark(Description = "Four spares, IndexOf")]
    public int Array4()
    {
        int count = 0;
        for (int i = 0; i < Uses; i++)
        {
            var list = ArraySpares.Take() ?? [];
            count += list.Count;
            ArraySpares.Give(list);
        }

        return count;
    }

    [Benchmark(Description = "PerThread<T>")]
    public int Generic()
    {
        int count = 0;
        for (int i = 0; i < Uses; i++)
        {
            var list = PerThread<List<int>>.Take() ?? [];
            count += list.Count;
            PerThread<List<int>>.Give(list);
        }

        return count;
    }

    [Benchmark(Description = "Four spares, IndexOf, nested")]
    public int Array4Nested()
    {
        int count = 0;
        for (int i = 0; i < Uses; i++)
        {
            var outer = ArraySpares.Take() ?? [];
            var inner = ArraySpares.Take() ?? [];
            count += outer.Count + inner.Count;
            ArraySpares.Give(inner);
            ArraySpares.Give(outer);
        }

        return count;
    }

    [Benchmark(Description = "PerThread<T>, nested")]
    public int GenericNested()
    {
        int count = 0;
        for (int i = 0; i < Uses; i++)
        {
            var outer = PerThread<List<int>>.Take() ?? [];
            var inner = PerThread<List<int>>.Take() ?? [];
            count += outer.Count + inner.Count;
            PerThread<List<int>>.Give(inner);
            PerThread<List<int>>.Give(outer);
        }

        return count;
    }

    private static class FieldSpare
    {
        [ThreadStatic]
        private static List<int>? t_spare;

        public static List<int>? Take()
        {
            var spare = t_spare;
            t_spare = null;
            return spare;
        }

        public static void Give(List<int> list) => t_spare = list;
    }

    private static class ArraySpares
    {
        [ThreadStatic]
        private static List<int>?[]? t_spares;

        public static List<int>? Take()
        {
            var spares = t_spares;
            if (spares is not null)
            {
                for (int i = 0; i < spares.Length; i++)
                {
                    if (spares[i] is { } spare)
                    {
                        spares[i] = null;
                        return spare;
                    }
                }
            }

            return null;
        }

        public static void Give(List<int> list)
        {
            var spares = t_spares ??= new List<int>?[4];
            int free = Array.IndexOf(spares, null);
            if (free >= 0)
            {
                spares[free] = list;
            }
        }
    }
}
