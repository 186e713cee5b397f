using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace ImrParsing.Benchmarks;

/// <summary>
/// What a parse of the corpus allocates: the exact bytes of a pass, and their share by type from
/// the runtime's own allocation samples (one event every ~100 KB allocated, naming the type of the
/// object that crossed it, so that a type's share of the samples is its share of the bytes). Tells
/// the returned model from the parse's own temporaries without a profiler (benchmarks/README.md,
/// "What a collection costs in a parse").
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/ImrParsing.Benchmarks -- allocations [SECONDS [TYPES]]</c>:
/// 4 s of warm-up, the bytes of one pass (the mean of 20), then SECONDS (10) of passes sampled;
/// prints the TYPES (40) largest shares.
/// </remarks>
internal static class AllocationsByType
{
    public const string Command = "allocations";

    private const int MeasuredPasses = 20;

    public static int Run(string[] args)
    {
        if (!Arguments.TryCount(args, 1, 10, out int seconds) || !Arguments.TryCount(args, 2, 40, out int types))
        {
            Console.Error.WriteLine($"usage: {Command} [SECONDS [TYPES]], both whole numbers of 1 or more (10 and 40 if left out)");
            return 2;
        }

        var texts = BenchmarkInputs.Texts(BenchmarkInputs.Corpus);
        int items = CorpusPasses.WarmUp(texts, 4); // summed, so that no parse can be left out
        void Pass() => items += CorpusPasses.Parse(texts);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < MeasuredPasses; i++)
        {
            Pass();
        }

        long bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / MeasuredPasses;
        Dictionary<string, long> samples;
        using (var listener = new AllocationSamples())
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                Pass();
            }

            samples = listener.Snapshot();
        }

        long total = samples.Values.Sum();
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"{bytes:N0} bytes a corpus pass ({texts.Length} letters, {items} items read); {total:N0} allocation samples by type:"));
        foreach (var (type, count) in samples.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(types))
        {
            Console.WriteLine(string.Create(invariant, $"{100.0 * count / Math.Max(1, total),6:F2}% {type}"));
        }

        return 0;
    }

    // The runtime's allocation samples (GCAllocationTick, GC keyword at verbose level), counted by type.
    private sealed class AllocationSamples : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

        public Dictionary<string, long> Snapshot()
        {
            lock (_counts)
            {
                return new Dictionary<string, long>(_counts, StringComparer.Ordinal);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true
                || eventData.PayloadNames?.IndexOf("TypeName") is not (int index and >= 0)
                || eventData.Payload?[index] is not string type)
            {
                return;
            }

            lock (_counts)
            {
                _counts[type] = _counts.GetValueOrDefault(type) + 1;
            }
        }
    }
}
