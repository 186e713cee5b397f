using BenchmarkDotNet.Running;

// The benchmarks themselves come with the performance work; the project builds and runs now.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
