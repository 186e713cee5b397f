using System.CommandLine;
using ImrParsing.Cli.Batch;
using ImrParsing.Cli.Inputs;
using ImrParsing.Cli.Output;

namespace ImrParsing.Cli.Commands;

/// <summary><c>imr stats</c>: reads letters and prints how their items were decided, overall and by reviewer specialty.</summary>
internal static class StatsCommand
{
    public static Command Create(CommandLineConsole console)
    {
        var batch = new BatchArguments();
        var command = new Command("stats", "Summarize IMR letters (text or PDF): letters, items, upheld against overturned, overall and by reviewer specialty.");
        batch.AddTo(command);
        command.SetAction(result =>
        {
            var (inputs, _) = InputExpander.Expand(result.GetValue(batch.Paths)!);
            var table = new StatsTable();
            bool parsed = new BatchRunner(console, batch.Options(result)).Run(inputs, LetterSummary.Of, table.Add);
            table.Write(console.Output);
            console.Output.Flush();
            return parsed ? ImrCommandLine.Success : ImrCommandLine.InputFailed;
        });
        return command;
    }
}
