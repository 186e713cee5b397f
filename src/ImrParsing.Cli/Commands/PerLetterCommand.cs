using System.CommandLine;
using System.Text;
using ImrParsing.Cli.Batch;
using ImrParsing.Cli.Inputs;
using ImrParsing.Cli.Output;

namespace ImrParsing.Cli.Commands;

/// <summary>
/// What <c>imr annotate</c> and <c>imr redact</c> share: they write one text per letter, to standard
/// output for a single input or into the folder given with <c>-o</c>, one file each.
/// </summary>
internal sealed class PerLetterCommand
{
    public BatchArguments Batch { get; } = new();

    public Option<string> OutputFolder { get; } = new("--output", "-o")
    {
        Description = "The folder to write one file per letter into (made if missing); needed for several inputs. Without it, the single letter's output goes to standard output.",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        Batch.AddTo(command);
        command.Options.Add(OutputFolder);
    }

    /// <summary>Runs <paramref name="render"/> on each letter and writes what it gives; returns the exit code.</summary>
    public int Run(ParseResult result, CommandLineConsole console, string verb, string extension, Func<ImrDocument, string> render)
    {
        string[] paths = result.GetValue(Batch.Paths)!;
        var (inputs, expanded) = InputExpander.Expand(paths);
        string? folder = result.GetValue(OutputFolder);
        if (folder is null && (expanded || paths.Length > 1))
        {
            console.Error.WriteLine($"imr: {verb} writes one file per letter: give -o DIR for several inputs.");
            console.Error.WriteLine("Try 'imr --help'.");
            return ImrCommandLine.UsageError;
        }

        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var files = folder is null ? null : new LetterFiles(folder, extension);
        bool written = true;
        bool parsed = new BatchRunner(console, Batch.Options(result)).Run(
            inputs,
            letter => (letter.Source, Text: letter.Document is { } document ? render(document) : null),
            done =>
            {
                if (done.Text is null)
                {
                    return;
                }

                if (files is null)
                {
                    console.Output.Write(done.Text);
                    console.Output.Flush();
                    return;
                }

                string path = files.PathFor(done.Source);
                try
                {
                    File.WriteAllText(path, done.Text, new UTF8Encoding(false));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    console.Error.WriteLine($"imr: {path}: could not write the output: {exception.Message}");
                    written = false;
                }
            });
        return parsed && written ? ImrCommandLine.Success : ImrCommandLine.InputFailed;
    }
}
