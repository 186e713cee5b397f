using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ImrParsing.Tests.Reliability;

namespace ImrParsing.Benchmarks;

/// <summary>
/// The parser's time stays linear in the input: the cost per character of each pathological input
/// (tests/ImrParsing.Tests/Reliability/PathologicalInputs.cs, at 100,000 repetitions, about a
/// megabyte each) beside a normal letter's, the longest of the corpus. Read the "ns/char" column:
/// a superlinear rule shows as a per-character cost many times the letter's.
/// <c>dotnet run -c Release --project benchmarks/ImrParsing.Benchmarks -- --filter *Pathological*</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerCharacterConfig))]
public class PathologicalInputBenchmarks
{
    private const string NormalLetter = "a normal letter (CM16-0248698, 26,703 characters)";

    private string _text = "";

    /// <summary>The inputs: the normal letter first, then every pathological one.</summary>
    public static IEnumerable<string> Inputs => [NormalLetter, .. PathologicalInputs.All.Keys];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = NormalLetter;

    [GlobalSetup]
    public void Setup() => _text = Text(Input);

    [Benchmark]
    public bool Parse() => ImrParser.Default.TryParse(_text, out _, out _);

    internal static string Text(string input) =>
        input == NormalLetter ? File.ReadAllText(LetterPath()) : PathologicalInputs.All[input](100_000);

    private static string LetterPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string path = Path.Combine(directory.FullName, "tests", "Letters", "dwc-2016", "CM16-0248698.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("No tests/Letters/dwc-2016/CM16-0248698.txt above " + AppContext.BaseDirectory);
    }

    private sealed class PerCharacterConfig : ManualConfig
    {
        public PerCharacterConfig() => AddColumn(new NanosecondsPerCharacterColumn());
    }

    // The mean time divided by the input's length.
    private sealed class NanosecondsPerCharacterColumn : IColumn
    {
        private static readonly Dictionary<string, int> Lengths = [];

        public string Id => "NsPerChar";
        public string ColumnName => "ns/char";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Mean time per character of input";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            string input = (string)benchmarkCase.Parameters["Input"];
            if (statistics is null)
            {
                return "-";
            }

            if (!Lengths.TryGetValue(input, out int length))
            {
                Lengths[input] = length = Text(input).Length;
            }

            return (statistics.Mean / length).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
