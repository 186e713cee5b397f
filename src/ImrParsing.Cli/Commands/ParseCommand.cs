using System.CommandLine;
using ImrParsing.Cli.Batch;
using ImrParsing.Cli.Inputs;
using ImrParsing.Cli.Output;

namespace ImrParsing.Cli.Commands;

/// <summary><c>imr parse</c>: parses each input and writes its document, or its error, as JSON or CSV.</summary>
internal static class ParseCommand
{
    public static Command Create(CommandLineConsole console)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one indented document (an array for several inputs); jsonl: one compact object a line; " +
                "csv: one row per disputed item with its letter's key fields.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");

        var batch = new BatchArguments();
        var command = new Command("parse", "Parse IMR letters (text or PDF) and print them as JSON, JSON lines or CSV.") { format };
        batch.AddTo(command);
        command.SetAction(result =>
        {
            string[] paths = result.GetValue(batch.Paths)!;
            var (inputs, expanded) = InputExpander.Expand(paths);
            ILetterFormat output = result.GetValue(format) switch
            {
                "csv" => new CsvFormat(),
                "jsonl" => new JsonFormat(lines: true, array: false),
                _ => new JsonFormat(lines: false, array: expanded || paths.Length > 1),
            };

            output.Begin(console.Output);
            bool parsed = new BatchRunner(console, batch.Options(result)).Run(
                inputs,
                output.Render,
                rendered =>
                {
                    output.Write(console.Output, rendered);
                    console.Output.Flush();
                });
            output.End(console.Output);
            console.Output.Flush();
            return parsed ? ImrCommandLine.Success : ImrCommandLine.InputFailed;
        });
        return command;
    }
}
