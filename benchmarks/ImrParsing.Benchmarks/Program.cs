using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ImrParsing.Benchmarks -- --filter '*'
// (see benchmarks/README.md for the latest numbers and how they were made).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
