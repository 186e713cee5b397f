using ImrParsing;
using ImrParsing.Fuzz;
using ImrParsing.Tests.Reliability;
using SharpFuzz;

// The AFL++ target (see fuzz/README.md). Each input is parsed and checked by DocumentInvariants,
// the checker the property tests use: any exception other than ImrParseException, and any broken
// invariant, escapes and is a crash. Out of process, so that a stack overflow is reported too.
//
// With file arguments it replays them on the plain (uninstrumented) build instead, printing
// what each gave: `dotnet run --project fuzz/ImrParsing.Fuzz -- fuzz/findings/.../id:000000*`.
if (args.Length > 0)
{
    int failed = 0;
    foreach (string path in args)
    {
        try
        {
            string? json = DocumentInvariants.Check(ImrParser.Default, FuzzInput.Decode(File.ReadAllBytes(path)));
            Console.WriteLine($"{path}: ok, {(json is null ? "refused" : $"{json.Length} characters of JSON")}");
        }
        catch (Exception exception)
        {
            failed++;
            Console.WriteLine($"{path}: FAILED: {exception}");
        }
    }

    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream => DocumentInvariants.Check(ImrParser.Default, FuzzInput.Read(stream)));
return 0;
