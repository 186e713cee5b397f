using System.CommandLine;
using ImrParsing.Cli.Batch;
using ImrParsing.Cli.Inputs;
using ImrParsing.Cli.Output;

namespace ImrParsing.Cli.Commands;

/// <summary>
/// <c>imr parse</c>: parses each input and writes its document, or its error, as JSON or CSV to
/// standard output, as one JSON file per letter into a folder, or as a Parquet file.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CommandLineConsole console)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: one indented document (an array for several inputs), or with -o DIR one file per letter; jsonl: one compact object a line; " +
                "csv: one row per disputed item with its letter's key fields; parquet: the csv's table as a typed Parquet file (needs -o FILE).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv", "parquet");
        var output = new Option<string>("--output", "-o")
        {
            Description = "With json: the folder to write DIR/NAME.json into, NAME being each input's path below its argument; a rerun skips " +
                "the letters whose file is newer than the input. With parquet: the file to write.",
            HelpName = "PATH",
        };
        var force = new Option<bool>("--force")
        {
            Description = "With --format json -o DIR: rewrite every letter's file, also those newer than their input.",
        };

        var batch = new BatchArguments();
        var command = new Command("parse", "Parse IMR letters (text or PDF) and write them as JSON, JSON lines, CSV or Parquet.") { format, output, force };
        batch.AddTo(command);
        command.Validators.Add(result =>
        {
            // The token as given: GetValue throws for a format not among the choices, which the
            // parser reports by itself.
            string chosen = result.GetResult(format)?.Tokens.SingleOrDefault()?.Value ?? "json";
            bool toPath = result.GetValue(output) is not null;
            if (chosen == "parquet" && !toPath)
            {
                result.AddError("--format parquet writes a file: give -o FILE.");
            }
            else if (toPath && chosen is "jsonl" or "csv")
            {
                result.AddError($"-o is for --format json (a folder, one file per letter) and parquet (a file); {chosen} goes to standard output.");
            }

            if (result.GetValue(force) && !(chosen == "json" && toPath))
            {
                result.AddError("--force goes with --format json -o DIR.");
            }
        });
        command.SetAction(result =>
        {
            string[] paths = result.GetValue(batch.Paths)!;
            var (inputs, expanded) = InputExpander.Expand(paths);
            var runner = new BatchRunner(console, batch.Options(result));
            string? path = result.GetValue(output);
            return result.GetValue(format) switch
            {
                "parquet" => ToParquet(runner, inputs, path!),
                "json" when path is not null => ToFolder(console, runner, inputs, path, result.GetValue(force)),
                "csv" => ToOutput(console, runner, inputs, new CsvFormat()),
                "jsonl" => ToOutput(console, runner, inputs, new JsonFormat(lines: true, array: false)),
                _ => ToOutput(console, runner, inputs, new JsonFormat(lines: false, array: expanded || paths.Length > 1)),
            };
        });
        return command;
    }

    private static int ToOutput(CommandLineConsole console, BatchRunner runner, IEnumerable<LetterInput> inputs, ILetterFormat format)
    {
        var output = new Utf8Output(console.Output);
        format.Begin(output);
        bool parsed = runner.Run(
            inputs,
            format.Render,
            rendered =>
            {
                format.Write(output, rendered);
                rendered.Return();
                output.Flush();
            });
        format.End(output);
        output.Flush();
        return parsed ? ImrCommandLine.Success : ImrCommandLine.InputFailed;
    }

    private static int ToParquet(BatchRunner runner, IEnumerable<LetterInput> inputs, string path)
    {
        using var table = ParquetTable.Create(path);
        bool parsed = runner.Run(inputs, ParquetTable.RowsOf, table.Add);
        table.Complete();
        return parsed ? ImrCommandLine.Success : ImrCommandLine.InputFailed;
    }

    private static int ToFolder(CommandLineConsole console, BatchRunner runner, IEnumerable<LetterInput> listed, string folder, bool force)
    {
        // Each output's name depends on those before it (duplicates get "-2"): the inputs are listed first.
        var inputs = listed.ToList();
        var paths = new JsonFolder(folder).PathsFor(inputs);
        var targets = new Dictionary<LetterInput, string>(ReferenceEqualityComparer.Instance);
        var todo = new List<LetterInput>();
        for (int i = 0; i < inputs.Count; i++)
        {
            if (force || !JsonFolder.IsUpToDate(inputs[i], paths[i]))
            {
                todo.Add(inputs[i]);
                targets[inputs[i]] = paths[i];
            }
        }

        var json = new JsonFormat(lines: false, array: false);
        bool written = true;
        bool parsed = runner.Run(
            todo,
            (input, letter) =>
            {
                // Written on the worker: files need no order, and writing beside the parse scales.
                string path = targets[input];
                try
                {
                    var rendered = json.Render(letter);
                    JsonFolder.Write(path, rendered.Utf8);
                    rendered.Return();
                    return null;
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return $"imr: {path}: could not write the output: {exception.Message}";
                }
            },
            problem =>
            {
                if (problem is not null)
                {
                    console.Error.WriteLine(problem);
                    written = false;
                }
            });

        int skipped = inputs.Count - todo.Count;
        if (skipped > 0)
        {
            console.Error.WriteLine($"imr: skipped {skipped} of {inputs.Count} letters whose file in {folder} is newer than the input (--force rewrites them).");
        }

        return parsed && written ? ImrCommandLine.Success : ImrCommandLine.InputFailed;
    }
}
