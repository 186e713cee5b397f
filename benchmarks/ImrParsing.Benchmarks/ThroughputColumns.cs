using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ImrParsing.Benchmarks;

/// <summary>
/// Adds throughput and allocation per input byte to a benchmark whose <c>Input</c> parameter names
/// a <see cref="BenchmarkInputs"/> text: MB/s (10^6 UTF-8 bytes of input per second of mean time)
/// and the bytes allocated per operation divided by the input's UTF-8 size.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new InputBytesColumn(), new MegabytesPerSecondColumn(), new AllocatedPerInputByteColumn());
        HideColumns("Error", "StdDev", "Gen0", "Gen1", "Gen2", "Median");
    }

    internal static long? InputBytes(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters["Input"] is string input ? BenchmarkInputs.Utf8Bytes(input) : null;

    private abstract class Column(string id, string name, string legend) : IColumn
    {
        public string Id => id;
        public string ColumnName => name;
        public string Legend => legend;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            InputBytes(benchmarkCase) is long bytes && summary[benchmarkCase] is { } report && Value(report, benchmarkCase, bytes) is double value
                ? value.ToString(Format, CultureInfo.InvariantCulture)
                : "-";

        protected virtual string Format => "N1";

        protected abstract double? Value(BenchmarkReport report, BenchmarkCase benchmarkCase, long bytes);
    }

    private sealed class InputBytesColumn() : Column("InputBytes", "Input B", "The input's size in UTF-8 bytes")
    {
        protected override string Format => "N0";

        protected override double? Value(BenchmarkReport report, BenchmarkCase benchmarkCase, long bytes) => bytes;
    }

    private sealed class MegabytesPerSecondColumn() : Column("MBps", "MB/s", "Input (10^6 UTF-8 bytes) read per second of mean time")
    {
        protected override double? Value(BenchmarkReport report, BenchmarkCase benchmarkCase, long bytes) =>
            report.ResultStatistics is { Mean: > 0 } statistics ? bytes / statistics.Mean * 1e9 / 1e6 : null;
    }

    private sealed class AllocatedPerInputByteColumn() : Column("AllocPerByte", "Alloc B/B", "Bytes allocated per UTF-8 byte of input")
    {
        protected override string Format => "0.000";

        protected override double? Value(BenchmarkReport report, BenchmarkCase benchmarkCase, long bytes) =>
            report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long allocated ? allocated / (double)bytes : null;
    }
}
