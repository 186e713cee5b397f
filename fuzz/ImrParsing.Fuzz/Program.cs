using ImrParsing;
using SharpFuzz;

// The AFL++ target: parse the input; any exception other than ImrParseException is a crash.
// The invariant checks and the run script come with the reliability work.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream);
    ImrDocument.TryParse(reader.ReadToEnd(), out _, out _);
});
