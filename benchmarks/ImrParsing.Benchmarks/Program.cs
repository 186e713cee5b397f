using BenchmarkDotNet.Running;
using ImrParsing.Benchmarks;

// dotnet run -c Release --project benchmarks/ImrParsing.Benchmarks -- --filter '*'
// (see benchmarks/README.md for the latest numbers and how they were made). The exit code is 1
// when a benchmark failed to run, so that CI's dry run catches a broken one. `-- interleaved`
// measures the parse against the regex from interleaved passes instead (InterleavedRatio),
// `-- allocations` what a corpus pass allocates, by type (AllocationsByType), and `-- first-read`
// how much of a letter's first read the caches explain (FirstRead).
if (args.Length > 0 && args[0] == InterleavedRatio.Command)
{
    return InterleavedRatio.Run(args);
}

if (args.Length > 0 && args[0] == AllocationsByType.Command)
{
    return AllocationsByType.Run(args);
}

if (args.Length > 0 && args[0] == FirstRead.Command)
{
    return FirstRead.Run(args);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
